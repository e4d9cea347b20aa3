#!/usr/bin/env bash
# The hostile and broken inputs of issue 14, each run once through the given taskgen executable:
#   scripts/hostile-cases.sh BIN WORKDIR [STRACE] [CASE...]
# prints one tab-separated line per case: case, exit code, wall seconds, peak RSS MB, stderr lines,
# stack trace (yes/no), first stderr line (escaped), and with STRACE=1 what was touched outside the
# case's own input/--out/--template folders (scripts/hostile-outside.py). Needs root for the tmpfs
# (full disk) and setpriv to drop root's permission overrides (read-only folders, unreadable files).
# Every case builds its inputs afresh under WORKDIR/<case>; files planted outside them sit in
# WORKDIR/<case>/outside and must stay untouched.
set -u
BIN=$(readlink -f "$1"); WORK=$2; STRACE=${3:-0}; shift 3 || shift $#
HERE=$(cd "$(dirname "$0")" && pwd); ROOT=$(dirname "$HERE")
FIX=$ROOT/fixtures
LIMIT=${HOSTILE_LIMIT_S:-150}
NOOVERRIDE=(setpriv --bounding-set=-dac_override,-dac_read_search --inh-caps=-dac_override,-dac_read_search)
mkdir -p "$WORK"

# run CASE -- command…   (the command runs in WORKDIR/CASE; "$T" is that folder)
run() {
  local name=$1; shift 2
  local d=$WORK/$name log=$WORK/$name.time err=$WORK/$name.stderr
  ( cd "$d" && /usr/bin/time -v -o "$log" timeout -s KILL "$LIMIT" "$@" >"$WORK/$name.stdout" 2>"$err" )
  local rc secs rss
  rc=$(awk -F': ' '/Exit status/{print $2}' "$log"); [ -z "$rc" ] && rc=$(grep -q 'signal 9' "$log" && echo "killed at ${LIMIT} s" || echo '?')
  secs=$(awk -F': ' '/Elapsed/{split($2,a,":"); s=0; for(i=1;i<=length(a);i++) s=s*60+a[i]; printf "%.1f", s}' "$log")
  rss=$(awk -F': ' '/Maximum resident/{printf "%d", $2/1024}' "$log")
  local lines stack first
  lines=$(grep -c . "$err")
  stack=$(grep -qE '^\s+at |FATAL ERROR|std::bad_alloc|Aborted' "$err" && echo yes || echo no)
  # The line that says what happened: taskgen's own error, else a failed file, else the first line.
  first=$( { grep -E '^taskgen: ' "$err" | grep -v ': warning: '; grep -E '^  failed: ' "$err"; head -1 "$err"; } | head -1 | cut -c1-200 | cat -v | tr '\t' ' ')
  local outside=-
  if [ "$STRACE" = 1 ]; then
    rm -f "$WORK/$name.strace".*
    ( cd "$d" && timeout -s KILL "$LIMIT" strace -f -ff -qq -y -e trace=%file -e signal=none -o "$WORK/$name.strace" "$@" >/dev/null 2>&1 )
    outside=$(python3 "$HERE/hostile-outside.py" "$WORK/$name.strace" "$d" "$ROOT" "$(dirname "$BIN")/.." /work/main/node_modules)
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$rc" "$secs" "$rss" "$lines" "$stack" "$first" "$outside"
}

fresh() { rm -rf "${WORK:?}/$1"; mkdir -p "$WORK/$1/in" "$WORK/$1/outside"; }
plan() { cp "$FIX/plan-inline-chuzhou/source.txt" "$1"; }
SELECTED=" $* "
want() { [ "$SELECTED" = "  " ] || [[ "$SELECTED" == *" $1 "* ]]; }

# 1. Whitespace and punctuation runs of 100,000 characters (a plan line, a unit list, an HTML cell).
for kind in spaces tabs nbsp ideographic zwsp; do
  c=ws-$kind; want $c || continue; fresh $c
  python3 - "$WORK/$c/in/plan.txt" "$kind" <<'EOF'
import sys
ch = {'spaces': ' ', 'tabs': '\t', 'nbsp': '\u00a0', 'ideographic': '\u3000', 'zwsp': '\u200b'}[sys.argv[2]]
open(sys.argv[1], 'w', encoding='utf-8').write('一、重点任务\n1.加快' + ch * 100000 + '推进\n牵头单位：市发改委' + ch * 100000 + '\n')
EOF
  run $c -- "$BIN" parse in/plan.txt -o out.json
done
if want html-nbsp-entities; then c=html-nbsp-entities; fresh $c
  python3 -c "import sys; open(sys.argv[1],'w').write('<html><head><meta charset=utf-8></head><body><p>1.加快推进重点工程</p><p>牵头单位：市发改委、' + '&nbsp;'*17000 + '市住建局</p></body></html>')" "$WORK/$c/in/plan.html"
  run $c -- "$BIN" parse in/plan.html -o out.json
fi
if want unit-list-stops; then c=unit-list-stops; fresh $c
  python3 -c "import sys; open(sys.argv[1],'w').write('1.加快推进重点工程。\n牵头单位：市发改委' + '。'*100000 + '、市住建局\n')" "$WORK/$c/in/plan.txt"
  run $c -- "$BIN" plan in/plan.txt -f txt -o out.txt
fi

# 2. Memory: a .docx whose XML inflates to 400 MB, /dev/zero and FIFOs where files are expected,
#    a 1.9 GB sparse file and 10 MB tables in a batch.
if want docx-bomb; then c=docx-bomb; fresh $c
  python3 - "$WORK/$c/in/bomb.docx" <<'EOF'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    z.writestr('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    z.writestr('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    with z.open('word/document.xml', 'w', force_zip64=True) as f:
        f.write(b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
        para = b'<w:p><w:r><w:t>' + '加快推进重点工程'.encode() * 4 + b'</w:t></w:r></w:p>'
        chunk = para * 10000
        for _ in range(400 * 1024 * 1024 // len(chunk)): f.write(chunk)
        f.write(b'</w:body></w:document>')
EOF
  run $c -- "$BIN" parse in/bomb.docx -o out.json
fi
if want aliases-dev-zero; then c=aliases-dev-zero; fresh $c; plan "$WORK/$c/in/plan.txt"
  run $c -- "$BIN" --aliases /dev/zero parse in/plan.txt -o out.json
fi
if want notice-dev-zero; then c=notice-dev-zero; fresh $c
  run $c -- "$BIN" notice /dev/zero -f txt -o out.txt
fi
if want plan-fifo; then c=plan-fifo; fresh $c; mkfifo "$WORK/$c/in/plan.txt"
  run $c -- "$BIN" plan in/plan.txt -f txt -o out.txt
fi
if want batch-sparse-1.9g; then c=batch-sparse-1.9g; fresh $c; plan "$WORK/$c/in/plan.txt"
  truncate -s 1900M "$WORK/$c/in/huge.txt"
  run $c -- "$BIN" batch in --out out --jobs 2
fi
tables() { # $1 folder: a 57,000-row 10 MB task table, a 10 MB table of 200 columns, one of 1M one-digit cells, a plan
  python3 - "$1" <<'EOF'
import sys
d = sys.argv[1]
def page(rows, head):
    return '<html><head><meta charset="utf-8"></head><body><table>' + head + ''.join(rows) + '</table></body></html>'
head = '<tr><th>序号</th><th>工作任务</th><th>牵头单位</th><th>责任单位</th><th>进展情况</th></tr>'
rows, size, i = [], 0, 0
while size < 10 << 20:
    i += 1; r = f'<tr><td>{i}</td><td>加快推进第{i}项重点工程建设任务</td><td>市发改委</td><td>市住建局、市交通局</td><td>已完成年度投资{i % 100}%，正在推进</td></tr>'
    rows.append(r); size += len(r.encode())
open(f'{d}/table-57k-rows.html', 'w').write(page(rows, head))
wide = '<tr>' + ''.join(f'<td>{{i}}单位{j}</td>' for j in range(200)) + '</tr>'
rows, size, i = [], 0, 0
while size < 10 << 20:
    i += 1; r = wide.replace('{i}', str(i)); rows.append(r); size += len(r.encode())
open(f'{d}/table-200-columns.html', 'w').write(page(rows, '<tr><th>序号</th><th>工作任务</th><th>牵头单位</th></tr>'))
r = '<tr>' + '<td>1</td>' * 1000 + '</tr>'
open(f'{d}/table-1m-cells.html', 'w').write(page([r] * ((10 << 20) // len(r)), '<tr><th>序号</th><th>工作任务</th><th>牵头单位</th></tr>'))
EOF
}
if want batch-10mb-tables; then c=batch-10mb-tables; fresh $c; plan "$WORK/$c/in/plan.txt"; tables "$WORK/$c/in"
  run $c -- "$BIN" batch in --out out --jobs 2
fi
if want batch-90-nasty; then c=batch-90-nasty; fresh $c; d=$WORK/$c/in
  tables "$d"; truncate -s 1900M "$d/sparse.txt"; mkfifo "$d/fifo.txt"
  for i in $(seq 1 8); do plan "$d/plan-$i.txt"; head -c 200000 /dev/urandom >"$d/junk-$i.bin"; done
  cp "$WORK/docx-bomb/in/bomb.docx" "$d/" 2>/dev/null
  python3 - "$d" <<'EOF'
import sys
d = sys.argv[1]
runs = {'sp': ' ', 'tab': '\t', 'nbsp': '\u00a0', 'ideo': '\u3000', 'zw': '\u200b', 'stop': '。', 'comma': '、', 'paren': '（', 'digit': '7', 'bracket': '【'}
n = 0
for name, ch in runs.items():
    for shape in range(7):
        body = ch * 100000
        text = ['1.加快' + body + '推进\n', '牵头单位：市发改委' + body + '\n', '（一）' + body + '完成\n', '一、' + body, '1项' * 50000, '1.加快推进。进展：' + body + '已完成\n', '序号\t工作任务\t牵头单位\n1\t' + body + '\t市发改委\n'][shape]
        open(f'{d}/{name}-{shape}.txt', 'w', encoding='utf-8').write(text); n += 1
        if n >= 70: break
    if n >= 70: break
EOF
  run $c -- "$BIN" batch in --out out --jobs 2
fi

# 3. User conditions that used to be "internal error … this is a bug".
if want out-read-only; then c=out-read-only; fresh $c; plan "$WORK/$c/in/plan.txt"; mkdir "$WORK/$c/out"; chmod a-w "$WORK/$c/out"
  run $c -- "${NOOVERRIDE[@]}" "$BIN" batch in --out out
  chmod u+w "$WORK/$c/out"
fi
if want out-is-a-file; then c=out-is-a-file; fresh $c; plan "$WORK/$c/in/plan.txt"; echo x >"$WORK/$c/out"
  run $c -- "$BIN" batch in --out out
fi
if want full-disk-rerun; then c=full-disk-rerun; fresh $c; d=$WORK/$c
  for p in chuzhou huaian jianye maanshan shuyang; do cp "$FIX/plan-inline-$p/source.txt" "$d/in/$p.txt"; done
  mkdir -p "$d/out"; mount -t tmpfs -o size=4m tmpfs "$d/out"
  "$BIN" batch "$d/in" --out "$d/out" -q
  used=$(df -k "$d/out" | awk 'NR==2{print $3}'); dd if=/dev/zero of="$d/out/filler" bs=1k count=$((4096 - used - 500)) 2>/dev/null
  cp "$FIX/seed-001-xuzhou-plan/source.txt" "$d/in/seed001.txt"
  run $c -- "$BIN" batch in --out out
  umount "$d/out"
fi
archive_of() { mkdir -p "$1/out"; plan "$1/in/plan.txt"; "$BIN" batch "$1/in" --out "$1/out" -q; }
if want archive-junk; then c=archive-junk; fresh $c; mkdir -p "$WORK/$c/out"; head -c 8192 /dev/urandom >"$WORK/$c/out/archive.db"
  run $c -- "$BIN" units --status behind --archive out
fi
if want archive-foreign; then c=archive-foreign; fresh $c; mkdir -p "$WORK/$c/out"
  python3 -c "import sqlite3,sys; db=sqlite3.connect(sys.argv[1]); db.execute('create table t(x)'); db.commit()" "$WORK/$c/out/archive.db"
  run $c -- "$BIN" batch in --out out
fi
if want archive-truncated; then c=archive-truncated; fresh $c; archive_of "$WORK/$c"
  truncate -s 20000 "$WORK/$c/out/archive.db"
  run $c -- "$BIN" history 市发改委 --archive out
fi
if want template-unreadable; then c=template-unreadable; fresh $c; plan "$WORK/$c/in/plan.txt"; mkdir -p "$WORK/$c/tpl"
  echo '{{title}}' >"$WORK/$c/tpl/plan.hbs"; chmod 000 "$WORK/$c/tpl/plan.hbs"
  run $c -- "${NOOVERRIDE[@]}" "$BIN" plan in/plan.txt -f txt --template tpl -o out.txt
fi
if want query-read-only-archive; then c=query-read-only-archive; fresh $c; archive_of "$WORK/$c"; chmod -R a-w "$WORK/$c/out"
  run $c -- "${NOOVERRIDE[@]}" "$BIN" history 市发改委 --archive out
  chmod -R u+w "$WORK/$c/out"
fi
if want query-read-only-mount; then c=query-read-only-mount; fresh $c; archive_of "$WORK/$c"
  mount --bind "$WORK/$c/out" "$WORK/$c/out" && mount -o remount,ro,bind "$WORK/$c/out"
  run $c -- "$BIN" history 市发改委 --archive out
  umount "$WORK/$c/out"
fi

# 4. Escapes from --out and --template.
if want archive-db-symlink; then c=archive-db-symlink; fresh $c; plan "$WORK/$c/in/plan.txt"; mkdir -p "$WORK/$c/out"
  ln -s "$WORK/$c/outside/victim.db" "$WORK/$c/out/archive.db"
  run $c -- "$BIN" batch in --out out
fi
if want out-sub-symlink; then c=out-sub-symlink; fresh $c; d=$WORK/$c; mkdir -p "$d/in/sub"; plan "$d/in/sub/plan.txt"
  "$BIN" batch "$d/in" --out "$d/out" -q
  echo 'not taskgen’s' >"$d/outside/plan.json"; rm -rf "$d/out/sub"; ln -s "$d/outside" "$d/out/sub"
  printf '\x00\x01\x02\x03' >"$d/in/sub/plan.txt"
  run $c -- "$BIN" batch in --out out
  [ -f "$d/outside/plan.json" ] || echo "  $c: outside/plan.json was DELETED" >&2
fi
if want template-symlink; then c=template-symlink; fresh $c; plan "$WORK/$c/in/plan.txt"; mkdir -p "$WORK/$c/tpl"
  echo 'root:x:0:0:secret' >"$WORK/$c/outside/passwd"; ln -s "$WORK/$c/outside/passwd" "$WORK/$c/tpl/plan.hbs"
  run $c -- "$BIN" plan in/plan.txt -f txt --template tpl -o out.txt
fi
if want template-partials-symlink; then c=template-partials-symlink; fresh $c; plan "$WORK/$c/in/plan.txt"; mkdir -p "$WORK/$c/tpl" "$WORK/$c/outside/partials"
  echo 'root:x:0:0:secret' >"$WORK/$c/outside/partials/head.hbs"; ln -s "$WORK/$c/outside/partials" "$WORK/$c/tpl/partials"
  run $c -- "$BIN" plan in/plan.txt -f txt --template tpl -o out.txt
fi
if want diff-crafted-row; then c=diff-crafted-row; fresh $c; d=$WORK/$c; plan "$d/in/a.txt"; cp "$FIX/plan-inline-huaian/source.txt" "$d/in/b.txt"
  "$BIN" batch "$d/in" --out "$d/out" -q
  echo '{"secret":1}' >"$d/outside/secret.json"
  python3 -c "import sqlite3,sys; db=sqlite3.connect(sys.argv[1]); db.execute('update documents set out=? where id=1', ('../outside/secret.json',)); db.commit()" "$d/out/archive.db"
  run $c -- "$BIN" diff 1 2 --archive out
fi

# 5. Templates that never finish.
if want template-nested-partials; then c=template-nested-partials; fresh $c; plan "$WORK/$c/in/plan.txt"; mkdir -p "$WORK/$c/tpl/partials"
  echo x >"$WORK/$c/tpl/partials/p0.hbs"; for i in $(seq 1 60); do echo "{{> p$((i-1))}}{{> p$((i-1))}}" >"$WORK/$c/tpl/partials/p$i.hbs"; done
  echo '{{> p60}}' >"$WORK/$c/tpl/plan.hbs"
  run $c -- "$BIN" plan in/plan.txt -f txt --template tpl -o out.txt
fi
if want template-each-root; then c=template-each-root; fresh $c; cp "$FIX/seed-001-xuzhou-plan/source.txt" "$WORK/$c/in/plan.txt"; mkdir -p "$WORK/$c/tpl"
  echo '{{#each @root.entries}}{{#each @root.entries}}{{#each @root.entries}}{{#each @root.entries}}{{#each @root.entries}}x{{/each}}{{/each}}{{/each}}{{/each}}{{/each}}' >"$WORK/$c/tpl/plan.hbs"
  run $c -- "$BIN" plan in/plan.txt -f txt --template tpl -o out.txt
fi
if want template-prototype; then c=template-prototype; fresh $c; plan "$WORK/$c/in/plan.txt"; mkdir -p "$WORK/$c/tpl"
  echo '{{toString}}{{#each tasks}}{{hasOwnProperty}}{{/each}}' >"$WORK/$c/tpl/plan.hbs"
  run $c -- "$BIN" plan in/plan.txt -f txt --template tpl -o out.txt
fi

# 6. Smaller ones.
if want second-batch-same-out; then c=second-batch-same-out; fresh $c; d=$WORK/$c
  for p in chuzhou huaian jianye maanshan shuyang; do cp "$FIX/plan-inline-$p/source.txt" "$d/in/$p.txt"; done
  cp "$FIX/seed-001-xuzhou-plan/source.txt" "$d/in/seed001.txt"
  # The first batch is held still (SIGSTOP) while the second starts, so they surely overlap.
  ( cd "$d" && exec "$BIN" batch in --out out -q --jobs 1 ) & first=$!
  for _ in $(seq 1 3000); do ls -A "$d/out" 2>/dev/null | grep -q 'taskgen' && break; sleep 0.01; done
  kill -STOP $first
  run $c -- "$BIN" batch in --out out -q
  kill -CONT $first; wait $first; echo "  $c: first batch exit $?; files in out: $(ls "$d/out" | grep -c json)" >&2
fi
if want control-chars-file-name; then c=control-chars-file-name; fresh $c
  f=$(printf 'in/bad\033]0;pwned\007\nname.txt'); printf '\x00\x01binary' >"$WORK/$c/$f"
  run $c -- "$BIN" parse "$f"
fi
if want control-chars-unit-csv; then c=control-chars-unit-csv; fresh $c
  printf '1.加快推进重点工程。\n牵头单位：市\033[31m发改委\n' >"$WORK/$c/in/plan.txt"
  run $c -- "$BIN" parse in/plan.txt -f csv -o out.csv
  grep -q $'\033' "$WORK/$c/out.csv" && echo "  $c: raw ESC in out.csv" >&2
fi
if want symlink-out-of-tree; then c=symlink-out-of-tree; fresh $c; plan "$WORK/$c/in/plan.txt"
  plan "$WORK/$c/outside/secret.txt"; ln -s "$WORK/$c/outside/secret.txt" "$WORK/$c/in/link.txt"
  run $c -- "$BIN" batch in --out out
fi
