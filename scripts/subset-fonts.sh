#!/bin/sh
# Rebuilds themes/default/fonts/ from Debian's DejaVu (fonts-dejavu-core),
# cut down to the characters governance papers use (see the README there).
# Needs python3-fonttools. The output is committed, so builds do not run this.
set -eu
src=/usr/share/fonts/truetype/dejavu
out="$(dirname "$0")/../themes/default/fonts"
unicodes="U+0020-007E,U+00A0-017F,U+0192,U+0218-021B,U+02C6-02DD,U+0300-0308,U+1E80-1E85,U+1EF2-1EF3,\
U+2000-206F,U+20A4,U+20AC,U+2100-2122,U+2190-21FF,U+2200-2211,U+2212,U+2264-2265,U+25A0-25FF,\
U+2610-2612,U+2713-2718,U+FB01-FB02,U+FFFD"
subset() {
  /usr/bin/python3 -m fontTools.subset "$src/$1" --unicodes="$unicodes" --layout-features='' \
    --drop-tables+=kern,GSUB,GPOS,GDEF,FFTM --name-IDs='*' --output-file="$out/$2"
}
subset DejaVuSans.ttf regular.ttf
subset DejaVuSans-Bold.ttf bold.ttf
subset DejaVuSans-Oblique.ttf italic.ttf
subset DejaVuSans-BoldOblique.ttf bold-italic.ttf
subset DejaVuSansMono.ttf mono.ttf
