#!/usr/bin/env bash
# Builds the rare-character (生僻字) fallback fonts in assets/fonts from Hanazono Mincho
# (花園明朝, GlyphWiki Project; Hanazono Font License or SIL OFL 1.1, see
# assets/fonts/rare-han.LICENSE.txt). Run it only to rebuild those files; the server never
# reads a system font.
#
#   rare-han-a.ttf.br  from HanaMinA: the CJK characters HanaMinA has and WenQuanYi Micro Hei
#                      lacks (CJK Extension A, compatibility ideographs and their supplement,
#                      radicals, strokes, the newest unified ideographs)
#   rare-han-b.ttf.br  from HanaMinB: CJK Extensions B, C, D, E and F
#
# Two files because one TrueType font holds at most 65,535 glyphs and together they need ~68,000.
# The subsets are renamed (PFCRareHanA / PFCRareHanB) since the OFL reserves the names HanaMinA
# and HanaMinB for modified versions. They are stored brotli-compressed (Ext B–F is 30.6 MB as
# TTF, 13.1 MB compressed); pdf.ts decompresses each once per process with node:zlib.
#
# Made on Debian 12 with: apt-get install -y fonts-hanazono python3-fonttools
#   fonts-hanazono 20170904-2.1, python3-fonttools 4.38.0-1+deb12u1, Node 20.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
fonts="$repo/assets/fonts"
hanazono="${HANAZONO_DIR:-/usr/share/fonts/truetype/hanazono}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Code points to keep: what the fallback has and the primary font lacks, within the CJK blocks.
/usr/bin/python3 - "$fonts/wqy-microhei.ttc" "$hanazono" "$work" <<'PY'
import sys
from fontTools.ttLib import TTCollection, TTFont

primary_path, hanazono, work = sys.argv[1:4]
primary = set(TTCollection(primary_path).fonts[0].getBestCmap())
bmp_cjk = [(0x2E80, 0x2FDF), (0x2FF0, 0x2FFF), (0x3000, 0x303F), (0x31C0, 0x31EF), (0x3200, 0x33FF),
           (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0xFE30, 0xFE4F), (0x2F800, 0x2FA1F)]
sip_cjk = [(0x20000, 0x2A6DF), (0x2A700, 0x2B73F), (0x2B740, 0x2B81F), (0x2B820, 0x2CEAF), (0x2CEB0, 0x2EBEF)]
for name, ranges in (('A', bmp_cjk), ('B', sip_cjk)):
    cmap = TTFont(f'{hanazono}/HanaMin{name}.ttf', lazy=True).getBestCmap()
    keep = sorted(c for c in cmap if c not in primary and any(lo <= c <= hi for lo, hi in ranges))
    with open(f'{work}/unicodes-{name}.txt', 'w') as out:
        out.write('\n'.join(f'U+{c:04X}' for c in keep) + '\n')
    print(f'HanaMin{name}: keeping {len(keep)} code points', file=sys.stderr)
PY

for name in A B; do
  /usr/bin/python3 -m fontTools.subset "$hanazono/HanaMin$name.ttf" \
    --unicodes-file="$work/unicodes-$name.txt" \
    --output-file="$work/subset-$name.ttf" \
    --no-hinting --layout-features='' --notdef-outline --name-IDs='*' \
    --drop-tables+=vhea,vmtx,BASE,FFTM,prop,GDEF

  /usr/bin/python3 - "$work/subset-$name.ttf" "$work/rare-han-${name,,}.ttf" "$name" <<'PY'
import sys
from fontTools.ttLib import TTFont

source, target, name = sys.argv[1:4]
font = TTFont(source)
table = font['name']
original = table.getDebugName(5)
family = f'PFC Rare Han {name}'
for record in list(table.names):
    if record.nameID in (1, 3, 4, 6, 16, 17):
        table.removeNames(nameID=record.nameID)
table.setName(family, 1, 3, 1, 0x409)
table.setName(f'{family} Regular', 4, 3, 1, 0x409)
table.setName(f'PFCRareHan{name}-Regular', 6, 3, 1, 0x409)
table.setName(f'PFCRareHan{name}-Regular; subset of HanaMin{name} {original}', 3, 3, 1, 0x409)
table.setName(f'Subset of HanaMin{name} {original} for the rare-character fallback', 5, 3, 1, 0x409)
font.save(target)
PY

  node -e '
    const fs = require("node:fs");
    const zlib = require("node:zlib");
    const [source, target] = process.argv.slice(1);
    const ttf = fs.readFileSync(source);
    const { BROTLI_PARAM_QUALITY, BROTLI_PARAM_LGWIN, BROTLI_PARAM_SIZE_HINT } = zlib.constants;
    const packed = zlib.brotliCompressSync(ttf, { params: { [BROTLI_PARAM_QUALITY]: 11, [BROTLI_PARAM_LGWIN]: 24, [BROTLI_PARAM_SIZE_HINT]: ttf.length } });
    fs.writeFileSync(target, packed);
    console.error(`${target}: ${ttf.length} bytes as TTF, ${packed.length} compressed`);
  ' "$work/rare-han-${name,,}.ttf" "$fonts/rare-han-${name,,}.ttf.br"
done

sha256sum "$fonts"/rare-han-*.ttf.br
