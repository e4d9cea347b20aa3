import json
T=lambda **k: dict(dict(number=None,lead=[],co=[],leaders=[],deadline=None,status=None,statusText=None,note=""),**k)
tasks=[
T(textStartsWith="互助幸福院",status="done",statusText="新落成",note="opening example: 辛莊村's '新落成的互助幸福院' (three storeys, 24 beds, cleaning under way, elderly to move in soon); whole item shorter than 8 characters; 辛莊村/肥鄉鎮 are where it stands, not units"),
T(textStartsWith="縣中心敬老院擴建",status="on_schedule",statusText="如火如荼",note="first of four works in 'A、B、C、D等各項工作建設(shè)如火如荼' (construction in full swing → on_schedule); statusText kept to the garble-free part"),
T(textStartsWith="第二污水處理廠建設",status="on_schedule",statusText="如火如荼",note="second item of the same list; the source continues with the scrape garble '(shè)' after 建設"),
T(textStartsWith="縣興華街中段改造",status="on_schedule",statusText="如火如荼",note="third item of the same list"),
T(textStartsWith="建安路東段便道改造升級",status="on_schedule",statusText="如火如荼",note="fourth item, closed by '等各項工作'"),
T(textStartsWith="縣第五中學(xué)和第二實驗小學(xué)",deadline="年底前",status=None,note="two schools described with a target ('年底前完成主體工程建設(shè),明年保證學(xué)生正常入學(xué)') but no status; deadline as printed; textStartsWith keeps the inserted pinyin garble '(xué)' because it sits inside the name"),
]
exp=dict(
 source="http://biocind.com/html/news/handan/handannews/2014_05/27/218103145.html — biocind.com (spam mirror of a 邯鄲新聞 item, traditional characters with inserted pinyin such as '鄉(xiāng)'), 2014-05-27 (URL date) — pages corpus, stored excerpt 1999 bytes",
 kind="report", partial=True, place="河北省邯鄲市肥鄉縣 (county in 2014; now 肥乡区)", year=2014,
 taskCount=len(tasks), tasks=tasks,
 summary=dict(scopes=[dict(scope="肥鄉縣 2014 民生 programme: 15項重點民生工程 within 6個方面42件實事", total=15,
   by_status=dict(on_schedule=4, done=1, null=1),
   printed=["15項涉及群眾切身利益的項目","6個方面42件實事","由7個縣級干部牽頭"],
   note="only five works and one pair of schools are named; the excerpt stops mid-sentence at '肥鄉(xiāng)縣新客運站位' (the 新客運站 item is cut and not counted)")]),
 layout="news story in traditional characters: a scene-setting opening about one finished project, a paragraph naming four works in one 、-list with a shared status phrase, a paragraph on the working mechanism (7 county leaders lead, 5 townships and 8 county departments assist, weekly 通報), then per-project paragraphs (schools, bus station…) cut off",
 tests="traditional characters with pinyin garble inserted after some characters (鄉(xiāng), 設(shè), 學(xué)) that sits inside task names; a shared status phrase after a 、-list closed by '等各項工作'; unit counts without unit names (not units); a finished project introduced as a scene rather than a list item",
 notes=[
  "'如火如荼' (construction in full swing) read as on_schedule (brief: 正在施工 → on_schedule)",
  "'新落成' read as done",
  "no units are named: '7個縣級干部' and '5個相關鄉鎮和8個相關縣直部門' are counts only",
  "肥鄉縣 became 肥乡区 of 邯郸 in 2016; 邯郸 and 肥乡 are not on the taken list",
  "textStartsWith strings copied from the excerpt, including garble where it falls inside the first characters"])
json.dump(exp,open('feixiang_2014_report_trad.expect.json','w',encoding='utf-8'),ensure_ascii=False,indent=2)
