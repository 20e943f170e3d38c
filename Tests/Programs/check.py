#!/usr/bin/env python3
"""Runs the behaviour programs through a `tern` binary (as a separate process, unlike
`swift test`) and compares stdout, exit status, stderr where a .err exists, and the
live-object count. CI uses it to check the release build, where optimizer bugs show.

usage: check.py [TERN] [FILTER]   (default TERN: .build/debug/tern; FILTER: path substrings, comma-separated)
With TERN_GC_STRESS=1 in the environment Tern checks the heap's reference counts at every
point a collection could run after an allocation (see Heap.verifyReferenceCounts).
exit status: 0 when everything not in known-failures.txt passes, 1 otherwise."""
import os, subprocess, sys, re
root = os.path.dirname(os.path.abspath(__file__))
tern = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, '../../.build/debug/tern'))
filters = (sys.argv[2] if len(sys.argv) > 2 else '').split(',')
known = set(l.strip() for l in open(root + '/known-failures.txt') if l.strip() and not l.startswith('#'))
fails = []; n = 0
for d, _, fs in sorted(os.walk(root)):
    for f in sorted(fs):
        if not f.endswith('.py'): continue
        base = os.path.join(d, f[:-3])
        if not os.path.exists(base + '.out'): continue
        rel = os.path.relpath(base + '.py', root)
        if not any(f in rel for f in filters): continue
        n += 1
        env = dict(os.environ, TERN_REPORT_LIVE_OBJECTS='1')
        try:
            p = subprocess.run([tern, f], cwd=d, capture_output=True, text=True, timeout=60, env=env, stdin=subprocess.DEVNULL)
            out, err, rc = p.stdout, p.stderr.replace(d + '/', ''), p.returncode
        except subprocess.TimeoutExpired:
            out, err, rc = '', 'TIMEOUT', -1
        except Exception as e:
            out, err, rc = '', str(e), -1
        exp = open(base + '.out').read()
        erc = int(open(base + '.rc').read()) if os.path.exists(base + '.rc') else 0
        probs = []
        if out != exp: probs.append('stdout')
        if rc != erc: probs.append(f'rc {rc}!={erc}')
        if os.path.exists(base + '.err'):
            if err != open(base + ".err").read(): probs.append("stderr")
        m = re.search(r'tern: (\d+) objects still alive', err)
        if m and m.group(1) != '0': probs.append('live ' + m.group(1))
        if probs: fails.append((rel, probs, rel in known))
for rel, probs, k in fails:
    print(('KNOWN ' if k else 'FAIL  ') + rel, ', '.join(probs))
print(f'{n - len(fails)}/{n} pass')
sys.exit(1 if any(not k for _, _, k in fails) else 0)
