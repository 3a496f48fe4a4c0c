#!/usr/bin/env python3
"""Rewrites citations of the out-of-repository working spec into citations of the repository's docs/.

Reads tools/citation-map.tsv (see its header for the citation forms) and rewrites, in every .java, .md, .xml, .sh
and .properties file and every file named `run` (such as .ci/run) under the given root -- skipping target/, .git/,
tools/ and the docs the map points at -- citations such as

    cellengine-api.md §3.8                  -> docs/wire.md#gate-fields
    (semantics.md §9.3)                     -> (docs/semantics.md#statistic-definitions)
    cellengine-api.md §2.4–§2.6, §2.9       -> docs/wire.md#attachments, docs/wire.md#compensations, ...
    reference §7 item 2                     -> docs/wire.md#quirk-snake-case-keys
    build-notes.md, pitfall 10              -> docs/building.md#shade-and-module-info
    `fcs-format.md`                         -> `docs/fcs.md`

and bare sections ("... (§6.1: no events)") whose document it infers from the nearest earlier mention in the same
comment, paragraph or table row (then in the file), from the section numbers each document has, or from an
override in the map. Decision names (D1..D16) are kept; docs/semantics.md has anchors for them. "RFC 9110 §9.2.2"
and the like are left alone.

The rewrite is idempotent: rewritten citations start with docs/ and no longer match. Citations the map cannot
resolve are reported and left unchanged; the exit status is then 2.

Java comment lines that the rewrite makes longer than 120 columns are re-wrapped (javadoc " * " lines, // lines
and one-line /** */ comments), unless --no-wrap is given; code and string literals are never re-wrapped.

Usage: apply-citation-map.py [--root DIR] [--map FILE] [--dry-run] [--explain] [--check-anchors] [--no-wrap]
    --dry-run        report what would change, write nothing
    --explain        also print how every bare section was resolved
    --check-anchors  check that every target of the map exists (file and anchor) under the root, and exit
"""

import argparse
import os
import re
import sys
from collections import OrderedDict

DOC_FILES = {
    'cellengine-api': 'api', 'semantics': 'sem', 'fcs-format': 'fcs', 'build-notes': 'build', 'style': 'style',
}
INFORMAL = {
    'reference': 'api', 'cellengine-api': 'api', 'semantics': 'sem', 'fcs-format': 'fcs', 'build-notes': 'build',
    'style': 'style',
}
DOC_NAMES = {v: k + '.md' for k, v in DOC_FILES.items()}

# White space, possibly across a line break into a continued comment (" * ", "// ", "# ").
WS = r'(?:[ \t]+|[ \t]*\n[ \t]*(?:\*(?!/)|//|\#)?[ \t]*)+'
SECTION = r'§\d+(?:\.\d+)*'
RANGE_DASH = r'[ \t]*[–-][ \t]*'
QUAL = (r'(?:,?[ \t]+(?:items?|bugs?)[ \t]+\d+(?:[ \t]*(?:,|and)[ \t]*\d+)*'
        r'|[ \t]+step[ \t]+\d+)')
REF = r'(?:pitfall[ \t]+\d+|' + SECTION + r'(?:' + RANGE_DASH + SECTION + r')?(?:' + QUAL + r')?)'
SEP = r'(?:[ \t]*,|[ \t]+and)?' + WS

FORMAL_RE = re.compile(
    r'(?P<open>\{@code[ \t]+|`)?(?<![\w/.-])(?P<doc>cellengine-api|semantics|fcs-format|build-notes|style)\.md'
    r'(?![\w-])(?P<close>\}|`)?')
INFORMAL_RE = re.compile(
    r'(?<![\w/.-])(?P<doc>reference|cellengine-api|semantics|fcs-format|build-notes|style)(?=[ \t]+(?:§|pitfall\b))')
FIRST_REF_RE = re.compile(r'(?:[ \t]*,)?' + WS + r'(?P<ref>' + REF + r')')
NEXT_REF_RE = re.compile(SEP + r'(?P<ref>' + REF + r')')
BARE_RE = re.compile(r'(?P<ref>' + SECTION + r'(?:' + RANGE_DASH + SECTION + r')?(?:' + QUAL + r')?)')
RFC_BEFORE_RE = re.compile(r'RFC[ \t]*\d+[ \t]*$')
RULES_DEFAULT_RE = re.compile(r'Sections[ \t]+refer\s+to\s+`?cellengine-api\.md`?\s+unless')

INCLUDED_EXT = ('.java', '.md', '.xml', '.sh', '.properties')
SKIPPED_DIRS = {'target', '.git', 'tools', 'node_modules'}


class CitationMap:
    def __init__(self, path):
        self.atoms = {}                 # (doc, key) -> target; key: '' | '3.8' | '7 item 2' | 'pitfall 10' | '2–9'
        self.order = {}                 # doc -> section keys in map order (for expanding ranges)
        self.decisions = OrderedDict()  # 'D8' -> target
        self.overrides = []             # (compiled regex, target)
        with open(path, encoding='utf-8') as f:
            for number, raw in enumerate(f, 1):
                line = raw.rstrip('\n')
                if not line.strip() or line.lstrip().startswith('#'):
                    continue
                if '\t' not in line:
                    raise SystemExit(f'{path}:{number}: expected <citation> TAB <target>')
                form, target = line.split('\t', 1)
                form, target = form.strip(), target.strip()
                if form.startswith('re:'):
                    regex = re.compile(form[3:])
                    if 'ref' not in regex.groupindex:
                        raise SystemExit(f'{path}:{number}: an override needs a group named "ref"')
                    self.overrides.append((regex, target))
                    continue
                if re.fullmatch(r'D\d+', form):
                    self.decisions[form] = target
                    continue
                m = re.fullmatch(r'(cellengine-api|semantics|fcs-format|build-notes|style)\.md'
                                 r'(?:[ ,]+(?:§(?P<sec>\d+(?:\.\d+)*)(?:–§(?P<end>\d+(?:\.\d+)*))?'
                                 r'(?: item (?P<item>\d+))?|pitfall (?P<pit>\d+)))?', form)
                if not m:
                    raise SystemExit(f'{path}:{number}: cannot read the citation form {form!r}')
                doc = DOC_FILES[m.group(1)]
                if m.group('pit'):
                    key = 'pitfall ' + m.group('pit')
                elif m.group('end'):
                    key = m.group('sec') + '–' + m.group('end')
                elif m.group('item'):
                    key = m.group('sec') + ' item ' + m.group('item')
                else:
                    key = m.group('sec') or ''
                    if key:
                        self.order.setdefault(doc, []).append(key)
                self.atoms[(doc, key)] = target

    def targets(self):
        out = list(self.atoms.values()) + list(self.decisions.values()) + [t for _, t in self.overrides]
        return list(OrderedDict.fromkeys(out))

    def resolve(self, doc, ref):
        """{return the targets of one reference (a section, range, item list or pitfall), or None}"""
        ref = ref.strip()
        m = re.fullmatch(r'pitfall[ \t]+(\d+)', ref)
        if m:
            t = self.atoms.get((doc, 'pitfall ' + m.group(1)))
            return [t] if t else None
        m = re.fullmatch(r'§(\d+(?:\.\d+)*)(?:' + RANGE_DASH + r'§(\d+(?:\.\d+)*))?'
                         r'(?:,?[ \t]+(?:items?|bugs?)[ \t]+(\d+(?:[ \t]*(?:,|and)[ \t]*\d+)*)'
                         r'|[ \t]+step[ \t]+\d+)?', ref)
        if not m:
            return None
        start, end, items = m.group(1), m.group(2), m.group(3)
        if items:
            out = []
            for n in re.findall(r'\d+', items):
                t = self.atoms.get((doc, start + ' item ' + n))
                if not t:
                    return None
                out.append(t)
            return out
        if end:
            whole = self.atoms.get((doc, start + '–' + end))
            if whole:
                return [whole]
            keys = self.order.get(doc, [])
            lo, hi, depth = _num(start), _num(end), start.count('.')
            span = [k for k in keys if k.count('.') == depth and lo <= _num(k) <= hi]
            if not span or start not in keys or end not in keys:
                return None
            return [self.atoms[(doc, k)] for k in span]
        item = re.fullmatch(r'7\.(\d+)', start)
        if doc == 'api' and item and (doc, start) not in self.atoms:
            t = self.atoms.get((doc, '7 item ' + item.group(1)))
            return [t] if t else None
        t = self.atoms.get((doc, start))
        return [t] if t else None


def _num(key):
    return tuple(int(p) for p in key.split('.'))


def step_suffix(ref):
    m = re.search(r'([ \t]+step[ \t]+\d+)$', ref)
    return m.group(1).replace('\t', ' ') if m else ''


class Rewriter:
    def __init__(self, cmap, explain=False):
        self.map = cmap
        self.explain = explain
        self.unmapped = []      # (path, line, citation text)
        self.explained = []     # (path, line, ref, doc, how, targets)
        self.rewritten = 0
        self.forms = set()      # distinct citation forms met: (document, reference as written, normalised)

    def rewrite(self, path, text):
        kind = 'md' if path.endswith('.md') else 'code'
        edits = []              # (start, end, replacement)
        consumed = []           # spans covered by runs with a document
        mentions = []           # (position, doc) of every explicit mention
        for m in self._mentions(text):
            mentions.append((m[0], m[2]))
        mentions.sort()
        for start, name_end, doc, wrapped, formal_match in self._mentions(text):
            self._run(path, text, start, name_end, doc, wrapped, formal_match, edits, consumed)
        for m in BARE_RE.finditer(text):
            s, e = m.start('ref'), m.end('ref')
            if any(cs <= s < ce for cs, ce in consumed):
                continue
            if RFC_BEFORE_RE.search(text[max(0, s - 16):s]):
                continue
            self._bare(path, text, kind, s, e, m.group('ref'), mentions, edits)
        if not edits:
            return text
        edits.sort()
        out, last = [], 0
        for s, e, r in edits:
            if s < last:
                continue
            out.append(text[last:s])
            out.append(r)
            last = e
        out.append(text[last:])
        return ''.join(out)

    def _mentions(self, text):
        found = []
        taken = set()
        for m in FORMAL_RE.finditer(text):
            doc = DOC_FILES[m.group('doc')]
            found.append((m.start(), m.end(), doc, (m.group('open'), m.group('close')), m))
            taken.add(m.start('doc'))
        for m in INFORMAL_RE.finditer(text):
            if m.start('doc') in taken:
                continue
            found.append((m.start(), m.end(), INFORMAL[m.group('doc')], None, None))
        found.sort(key=lambda x: x[0])
        return found

    def _line(self, text, pos):
        return text.count('\n', 0, pos) + 1

    def _run(self, path, text, start, name_end, doc, wrapped, formal, edits, consumed):
        refs = []
        m = FIRST_REF_RE.match(text, name_end)
        if not m and formal is not None and formal.group('close'):
            # `semantics.md` §2: the closing wrapper sits between the name and the section
            m = FIRST_REF_RE.match(text, formal.end())
        if m:
            refs.append((m.start('ref'), m.end('ref'), m.group('ref')))
            pos = m.end()
            while True:
                n = NEXT_REF_RE.match(text, pos)
                if not n:
                    break
                refs.append((n.start('ref'), n.end('ref'), n.group('ref')))
                pos = n.end()
        if not refs:
            if formal is None:
                return
            target = self.map.atoms.get((doc, ''))
            self.forms.add((doc, ''))
            if not target:
                self.unmapped.append((path, self._line(text, start), text[start:name_end]))
                return
            s, e = formal.start('doc'), formal.start('doc') + len(formal.group('doc')) + 3
            edits.append((s, e, target))
            consumed.append((start, name_end))
            self.rewritten += 1
            return
        consumed.append((start, refs[-1][1]))
        emitted = []
        previous_end = None
        for i, (s, e, ref) in enumerate(refs):
            targets = self.map.resolve(doc, ref)
            self.forms.add((doc, re.sub(r'\s+', ' ', ref.strip())))
            if targets is None:
                self.unmapped.append((path, self._line(text, s), DOC_NAMES[doc] + ' ' + ref.strip()))
                targets_text = None
            else:
                fresh = [t for t in targets if t not in emitted]
                emitted.extend(fresh)
                targets_text = ', '.join(fresh) + step_suffix(ref) if fresh else ''
                self.rewritten += 1
            if i == 0:
                if targets_text is None:
                    # leave the whole run unchanged so the citation stays readable
                    return
                edits.append((start, e, targets_text))
            elif targets_text is None:
                pass
            elif targets_text == '':
                edits.append((previous_end, e, ''))
            else:
                edits.append((s, e, targets_text))
            previous_end = e

    def _bare(self, path, text, kind, s, e, ref, mentions, edits):
        for regex, target in self.map.overrides:
            for m in regex.finditer(text):
                if m.start('ref') == s and m.end('ref') == e:
                    edits.append((s, e, target + step_suffix(ref)))
                    self.rewritten += 1
                    self.forms.add(('override', regex.pattern))
                    self._note(path, text, s, ref, '-', 'override', [target])
                    return
        doc, how = self._context(text, kind, s, mentions)
        if self.map.resolve(doc, ref) is None:
            others = [d for d in ('api', 'sem') if d != doc and self.map.resolve(d, ref) is not None]
            if len(others) == 1:
                doc, how = others[0], how + '+only-in-' + others[0]
        targets = self.map.resolve(doc, ref)
        self.forms.add((doc, re.sub(r'\s+', ' ', ref.strip())))
        if targets is None:
            self.unmapped.append((path, self._line(text, s), '§' + ref.lstrip('§') + ' (taken as ' + DOC_NAMES[doc]
                                  + ')'))
            return
        unique = list(OrderedDict.fromkeys(targets))
        edits.append((s, e, ', '.join(unique) + step_suffix(ref)))
        self.rewritten += 1
        self._note(path, text, s, ref, doc, how, unique)

    def _note(self, path, text, s, ref, doc, how, targets):
        if self.explain:
            line_start = text.rfind('\n', 0, s) + 1
            line_end = text.find('\n', s)
            snippet = text[line_start:line_end if line_end >= 0 else len(text)].strip()
            self.explained.append((path, self._line(text, s), ref, doc, how, targets, snippet))

    def _context(self, text, kind, s, mentions):
        block = self._block_start(text, kind, s)
        inside = [d for p, d in mentions if block <= p < s]
        if inside:
            return inside[-1], 'block'
        if RULES_DEFAULT_RE.search(text):
            return 'api', 'file-default'
        before = [d for p, d in mentions if p < s]
        if before:
            return before[-1], 'file-before'
        after = [d for p, d in mentions if p > s]
        if after:
            return after[0], 'file-after'
        return 'api', 'default'

    @staticmethod
    def _block_start(text, kind, s):
        line_start = text.rfind('\n', 0, s) + 1
        if kind == 'md':
            if text[line_start:s].lstrip().startswith('|'):
                return line_start
            blank = [m.end() for m in re.finditer(r'\n[ \t]*\n', text[:s])]
            return blank[-1] if blank else 0
        for open_mark, close_mark in (('/*', '*/'), ('<!--', '-->')):
            o, c = text.rfind(open_mark, 0, s), text.rfind(close_mark, 0, s)
            if o > c:
                return o
        # a run of line comments
        start = line_start
        while start > 0:
            prev = text.rfind('\n', 0, start - 1) + 1
            if re.match(r'[ \t]*(//|#)', text[prev:start]) and re.match(r'[ \t]*(//|#)', text[line_start:]):
                start = prev
            else:
                break
        return start


LINE_LIMIT = 120


def rewrap_java(original, new, limit=LINE_LIMIT):
    """Wraps the comment lines the rewrite made longer than the limit; code and string literals are left alone.

    Handles javadoc continuation lines (" * ..."), whole-line // comments and one-line /** ... */ comments; breaks
    only at spaces outside {@link ...}/{@linkplain ...} and HTML tags, and never inside <pre> blocks. The words that
    no longer fit are carried into the next line of the same paragraph when it has room, so no widow is left."""
    old_lines = set(original.split('\n'))
    lines = new.split('\n')
    out = []
    in_pre = False
    carry = None            # (prefix, text) still to be placed
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if carry is not None:
            prefix, text = carry
            carry = None
            m = re.match(r'^([ \t]*(?:\*|//)[ \t]+)(\S.*)$', line)
            if (m and m.group(1) == prefix and not re.match(r'[@<|\-]|\*/', m.group(2))
                    and '<pre' not in line):
                line = prefix + text + ' ' + m.group(2)
                if len(line) <= limit:
                    out.append(line)
                    continue
                pieces = _fill(text + ' ' + m.group(2), limit - len(prefix))
                if pieces is None:
                    out.append(line)
                    continue
                out.extend(prefix + p for p in pieces[:-1])
                carry = (prefix, pieces[-1])
                continue
            out.append(prefix + text)
        if '<pre' in line:
            in_pre = True
        if in_pre or len(line) <= limit or line in old_lines or not re.search(r'docs/[\w-]+\.md', line):
            out.append(line)
            if '</pre>' in line:
                in_pre = False
            continue
        m = re.match(r'^([ \t]*)/\*\*[ \t]+(.*?)[ \t]*\*/[ \t]*$', line)
        if m:
            indent = m.group(1)
            width = limit - len(indent) - 3
            pieces = _fill(m.group(2), width) or ([m.group(2)] if len(m.group(2)) <= width else None)
            if pieces is None:
                out.append(line)
                continue
            out.append(indent + '/**')
            out.extend(indent + ' * ' + p for p in pieces)
            out.append(indent + ' */')
            continue
        m = (re.match(r'^([ \t]*/\*\*[ \t]+)(.*)$', line) or re.match(r'^([ \t]*\*[ \t]+)(.*)$', line)
             or re.match(r'^([ \t]*//[ \t]*)(.*)$', line))
        if not m:
            out.append(line)
            continue
        first_prefix = m.group(1)
        rest_prefix = first_prefix
        if first_prefix.lstrip().startswith('/**'):
            rest_prefix = first_prefix[:len(first_prefix) - len(first_prefix.lstrip())] + ' * '
        pieces = _fill(m.group(2), limit - max(len(first_prefix), len(rest_prefix)))
        if pieces is None:
            out.append(line)
            continue
        out.append(first_prefix + pieces[0])
        out.extend(rest_prefix + p for p in pieces[1:-1])
        carry = (rest_prefix, pieces[-1])
    if carry is not None:
        out.append(carry[0] + carry[1])
    return '\n'.join(out)


def _fill(text, width):
    """{return text split into pieces of at most width at allowed spaces, or None when it cannot be split}"""
    breaks = []
    stack = []
    in_tag = False
    for i, ch in enumerate(text):
        if ch == '{' and text.startswith('{@', i):
            name = re.match(r'\{@(\w+)', text[i:])
            stack.append(name.group(1) if name else '')
        elif ch == '{':
            stack.append('')
        elif ch == '}' and stack:
            stack.pop()
        elif ch == '<' and re.match(r'</?[a-zA-Z]', text[i:i + 3]):
            in_tag = True
        elif ch == '>' and in_tag:
            in_tag = False
        elif ch == ' ' and not in_tag and not any(t in ('link', 'linkplain') for t in stack):
            breaks.append(i)
    pieces = []
    start = 0
    while len(text) - start > width:
        candidates = [b for b in breaks if start < b <= start + width]
        if not candidates:
            return None if not pieces else pieces + [text[start:]]
        cut = candidates[-1]
        pieces.append(text[start:cut].rstrip())
        start = cut + 1
    pieces.append(text[start:])
    return pieces if len(pieces) > 1 else None


def files_under(root, excluded):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in SKIPPED_DIRS)
        for name in sorted(filenames):
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, root).replace(os.sep, '/')
            if rel in excluded:
                continue
            if name.endswith(INCLUDED_EXT) or name == 'run':
                yield path, rel


def github_anchors(markdown):
    anchors = set()
    counts = {}
    in_fence = False
    for line in markdown.split('\n'):
        if re.match(r'[ \t]*(```|~~~)', line):
            in_fence = not in_fence
            continue
        if not in_fence:
            m = re.match(r'#{1,6}[ \t]+(.*?)[ \t#]*$', line)
            if m:
                slug = slugify(m.group(1))
                n = counts.get(slug, 0)
                counts[slug] = n + 1
                anchors.add(slug if n == 0 else f'{slug}-{n}')
        for m in re.finditer(r'<a[ \t]+(?:id|name)=["\']([^"\']+)["\']', line):
            anchors.add(m.group(1))
    return anchors


def slugify(heading):
    text = re.sub(r'<[^>]+>', '', heading)
    text = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', text)
    text = text.strip().lower()
    text = re.sub(r'[^\w\- ]', '', text)
    return text.replace(' ', '-')


def check_anchors(root, cmap):
    problems = []
    cache = {}
    for target in cmap.targets():
        path, _, anchor = target.partition('#')
        full = os.path.join(root, path)
        if not os.path.isfile(full):
            problems.append(f'{target}: {path} does not exist')
            continue
        if anchor:
            if path not in cache:
                with open(full, encoding='utf-8') as f:
                    cache[path] = github_anchors(f.read())
            if anchor not in cache[path]:
                problems.append(f'{target}: no anchor #{anchor} in {path}')
    return problems


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--root', default=os.path.dirname(here))
    parser.add_argument('--map', default=os.path.join(here, 'citation-map.tsv'))
    parser.add_argument('--dry-run', action='store_true')
    parser.add_argument('--explain', action='store_true')
    parser.add_argument('--check-anchors', action='store_true')
    parser.add_argument('--no-wrap', action='store_true', help='do not re-wrap Java comment lines over 120 columns')
    args = parser.parse_args()

    cmap = CitationMap(args.map)
    problems = check_anchors(args.root, cmap)
    if args.check_anchors or problems:
        for p in problems:
            print('map target missing:', p)
        if problems:
            return 1
        print(f'{len(cmap.targets())} map targets, all present under {args.root}')
        return 0

    excluded = {t.partition('#')[0] for t in cmap.targets()}
    rewriter = Rewriter(cmap, explain=args.explain)
    changed = []
    for path, rel in files_under(args.root, excluded):
        try:
            with open(path, encoding='utf-8', newline='') as f:
                text = f.read()
        except UnicodeDecodeError:
            continue
        before = rewriter.rewritten
        new = rewriter.rewrite(rel, text)
        if new != text and rel.endswith('.java') and not args.no_wrap:
            new = rewrap_java(text, new)
        if new != text:
            changed.append((rel, rewriter.rewritten - before))
            if not args.dry_run:
                with open(path, 'w', encoding='utf-8', newline='') as f:
                    f.write(new)

    for rel, n in changed:
        print(f'{"would rewrite" if args.dry_run else "rewrote"} {n:3d} citation(s) in {rel}')
    if args.explain:
        print('\nBare sections and how their document was chosen:')
        for path, line, ref, doc, how, targets, snippet in rewriter.explained:
            print(f'  {path}:{line}: {ref} [{doc}, {how}] -> {", ".join(targets)}\n      {snippet[:150]}')
    print(f'\n{len(changed)} file(s), {rewriter.rewritten} citation(s) '
          f'{"to rewrite" if args.dry_run else "rewritten"} in {len(rewriter.forms)} distinct form(s), '
          f'{len(rewriter.unmapped)} unmapped')
    for path, line, what in rewriter.unmapped:
        print(f'  unmapped: {path}:{line}: {what}')
    return 2 if rewriter.unmapped else 0


if __name__ == '__main__':
    sys.exit(main())
