#!/usr/bin/env python3
"""What a traced taskgen run touched outside its case: hostile-outside.py TRACE CASEDIR ROOT...

TRACE is the prefix of `strace -ff -y` files. A case may read its in/, out/ and tpl/ folders and
write only under out/ (or its out.* file); taskgen's own install (the ROOTs), the system (/usr,
/lib, /etc, /proc, /sys, /dev) may be read. Prints 'none', or what else was opened, written or
deleted (R:/W:/D: path), at most five.
"""
import glob, os, re, sys

prefix, case, *roots = sys.argv[1:]
case = os.path.realpath(case)
roots = {os.path.realpath(r) for r in roots}
read_ok = [f'{case}/in', f'{case}/out', f'{case}/tpl'] + sorted(roots) + ['/usr', '/lib', '/lib64', '/etc', '/proc', '/sys', '/dev']
write_ok = [f'{case}/out', '/dev/null', '/dev/tty', '/dev/pts']
LINE = re.compile(r'^(\w+)\((.*)\)\s+=\s+(-?\d+)(?:<([^>]*)>)?')
ARG = re.compile(r'(?:(AT_FDCWD|\d+)<([^>]*)>,\s*)?"((?:[^"\\]|\\.)*)"')

def under(path, bases):
    return any(path == b or path.startswith(b.rstrip('/') + '/') for b in bases)

def resolve(m):
    base, rel = m.group(2), m.group(3).encode().decode('unicode_escape', 'ignore')
    return os.path.normpath(rel if rel.startswith('/') else os.path.join(base or case, rel))

found = []
for f in glob.glob(prefix + '.*'):
    for line in open(f, errors='replace'):
        m = LINE.match(line)
        if not m or int(m.group(3)) < 0:
            continue
        call, args, ret_path = m.group(1), m.group(2), m.group(4)
        a = ARG.search(args)
        if not a:
            continue
        path = resolve(a)
        if call in ('open', 'openat', 'openat2', 'creat'):
            real = ret_path or path
            writes = call == 'creat' or re.search(r'O_WRONLY|O_RDWR|O_CREAT|O_TRUNC', args)
            if writes and not (under(real, write_ok) or real.startswith((f'{case}/out.', f'{case}/.out.'))):
                found.append('W:' + real)
            elif not writes and not under(real, read_ok) and not real.startswith((f'{case}/out.', f'{case}/.out.')):
                found.append('R:' + real)
        elif call in ('unlink', 'unlinkat', 'rmdir', 'rename', 'renameat', 'renameat2', 'mkdir', 'mkdirat', 'link', 'linkat', 'symlink', 'symlinkat', 'truncate', 'chmod', 'fchmodat'):
            if not under(path, write_ok) and not path.startswith((f'{case}/out.', f'{case}/.out.')):
                found.append('D:' + path if call.startswith(('unlink', 'rmdir')) else 'W:' + path)
seen = []
for x in found:
    if x not in seen:
        seen.append(x)
print('none' if not seen else ' '.join(seen[:5]) + (f' (+{len(seen) - 5})' if len(seen) > 5 else ''))
