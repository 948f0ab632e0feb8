"""List the raw lines an outline does not cover (they must be exactly the chrome) and count content lines."""
import re, sys, glob, os
def read(p):
    b = open(p, 'rb').read()
    for e in ('utf-8-sig', 'gb18030'):
        try: return b.decode(e).replace('\r\n', '\n').split('\n')
        except UnicodeDecodeError: pass
for o in sorted(glob.glob('outline/*.txt')):
    n = os.path.basename(o)[:-4]
    lines = read(f'raw/{n}.txt')
    cov = set()
    for l in open(o, encoding='utf-8'):
        p = l.split()
        if not p or p[0] in ('truncated', 'related'): continue
        for r in p[1].split(','):
            a, _, b = r.partition('-'); cov.update(range(int(a), int(b or a) + 1))
    unc = [(i, l) for i, l in enumerate(lines, 1) if i not in cov and l.strip()]
    blank_cov = [i for i in cov if not lines[i-1].strip()]
    print(f'== {n}: content lines {len(cov)}, chrome lines {len(unc)}, blank-in-outline {blank_cov}')
    if '-v' in sys.argv:
        for i, l in unc: print(f'  {i:3} {l[:70]}')
