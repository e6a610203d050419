"""Which articles derive from which: syndication clusters from paraphrase-robust evidence.

Copies in this corpus are paraphrased, not verbatim, so three kinds of evidence are
measured between every pair of articles:

- ``containment``: share of one article's 5-word shingles found in the other (verbatim copy);
- ``tfidf_cosine``: cosine of TF-IDF vectors over content-word unigrams and bigrams (shared
  wording, robust to re-ordering);
- ``shared_facts``: the facts an article states - numbers (digits and number words),
  vague quantities and capitalised names - in the same order: longest common subsequence
  of the two fact sequences, and the share of consecutive fact pairs they have in common.
  A re-write keeps the claims, names and numbers in order; the bare set of facts (Jaccard,
  reported too) hardly separates copies from independent reports of the same clash.

Everything is computed with numpy matrix products over the features shared by at least
two articles, so a few hundred articles take seconds.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd

from conflict_lib.text.numbers import NUMBER_WORDS

SHINGLE = 5

# Two articles are linked (derived from one text) when ``combined_score`` >= THRESHOLD.
# Reports of one clash always share names and numbers, so the threshold has to sit above
# the score of independent reports of the same event, not just above zero. Measured
# (tests/test_syndication.py): the seeds' re-tellings score 0.39 (000-001, Reuters) and
# 0.42 (002-004, Al Jazeera), all other seed pairs 0.16-0.27; in the fixture event the
# paraphrased copy scores 0.52 and the independent report 0.26-0.27. 0.33 is the middle
# of the gap between 0.27 and 0.39, so neither side is closer than 0.06 to it.
THRESHOLD = 0.33

_STOPWORDS = frozenset([
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
    "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
    "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few",
    "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "him",
    "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more",
    "most", "my", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other",
    "our", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than", "that",
    "the", "their", "them", "then", "there", "these", "they", "this", "those", "through", "to",
    "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which",
    "while", "who", "whom", "why", "will", "with", "would", "you", "your", "said", "says", "say",
    "however", "including",
])
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_FACT_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*[A-Za-z]|[A-Za-z]|\d+(?:[.,]\d{3})*(?:\.\d+)?")
_SENTENCE = re.compile(r"(?<=[.!?\"'])\s+|\n+")
_VAGUE_QUANTITIES = frozenset({"dozen", "dozens", "hundreds", "scores", "thousands", "tens"})
_NUMBER_FACTS = {w: n for w, n in NUMBER_WORDS.items() if w not in ("a", "an")}


# --- features ---------------------------------------------------------------------------


def words(text: str) -> list[str]:
    """Lower-case word tokens; a possessive "'s" is dropped ("Mali's" -> "mali")."""
    found = _WORD.findall(text.lower().replace("\u2019", "'"))
    return [w[:-2] if w.endswith("'s") else w for w in found]


def shingles(tokens: Sequence[str], size: int = SHINGLE) -> set[tuple[str, ...]]:
    """The set of ``size``-word windows of ``tokens`` (one window if the text is shorter)."""
    if len(tokens) < size:
        return {tuple(tokens)} if tokens else set()
    return {tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def terms(tokens: Sequence[str]) -> Counter[str]:
    """Counts of content-word unigrams and bigrams (stop words removed first)."""
    content = [t for t in tokens if t not in _STOPWORDS and len(t) > 1]
    counts = Counter(content)
    counts.update(f"{a} {b}" for a, b in zip(content, content[1:], strict=False))
    return counts


def name_key(word: str) -> str:
    """A spelling-tolerant key for a name: transliterations of one place agree
    ("Tinzaouaten", "Tinzawaten", "Tinzaouatene" -> "tnzwtn")."""
    letters = re.sub(r"[^a-z]", "", word.lower()).replace("ou", "w")
    if not letters:
        return word.lower()
    skeleton = letters[0] + re.sub(r"[aeiouy]", "", letters[1:])
    return re.sub(r"(.)\1+", r"\1", skeleton)


def facts(text: str) -> list[str]:
    """The ordered facts of a text: numbers ("n:20", number words as digits), vague
    quantities ("q:dozen") and capitalised names ("w:" + ``name_key``).

    A capitalised word opening a sentence counts only if the text also capitalises it
    mid-sentence (so "The", "Additionally" do not); headline-like lines give no names.
    """
    sentences = [s for s in _SENTENCE.split(text) if s.strip()]
    mid_caps = set()
    tokenised = []
    for sentence in sentences:
        tokens = _FACT_TOKEN.findall(sentence)
        tokenised.append(tokens)
        mid_caps.update(_plain(t) for t in tokens[1:] if t[0].isupper())
    out = []
    for sentence, tokens in zip(sentences, tokenised, strict=True):
        headline = not re.search(r"[.!?\"']\s*$", sentence.strip()) and len(tokens) <= 15
        for i, token in enumerate(tokens):
            fact = _fact(token, first=i == 0, headline=headline, mid_caps=mid_caps)
            if fact:
                out.append(fact)
    return out


def _plain(token: str) -> str:
    lower = token.lower().replace("\u2019", "'")
    return lower[:-2] if lower.endswith("'s") else lower


def _fact(token: str, first: bool, headline: bool, mid_caps: set[str]) -> str | None:
    lower = _plain(token)
    if token[0].isdigit():
        return "n:" + str(float(token.replace(",", ""))).removesuffix(".0")
    head = lower.split("-")[0]
    if head in _NUMBER_FACTS:
        return f"n:{_NUMBER_FACTS[head]}"
    if lower in _VAGUE_QUANTITIES:
        return "q:" + lower.rstrip("s")
    if not token[0].isupper() or headline or lower in _STOPWORDS:
        return None
    if first and lower not in mid_caps:
        return None
    return "w:" + name_key(lower)


# --- pairwise measures ------------------------------------------------------------------


def lcs_length(a: Sequence[str], b: Sequence[str]) -> int:
    """Length of the longest common subsequence, bit-parallel (Hyyro 2004): O(len(b))
    big-integer operations instead of a len(a) x len(b) table."""
    if not a or not b:
        return 0
    masks: dict[str, int] = {}
    for i, item in enumerate(a):
        masks[item] = masks.get(item, 0) | (1 << i)
    full = (1 << len(a)) - 1
    v = full
    for item in b:
        u = v & masks.get(item, 0)
        v = ((v + u) | (v - u)) & full
    return len(a) - v.bit_count()


def _incidence(features: list[Iterable[object]], weights: list[dict] | None = None) -> np.ndarray:
    """Document x feature matrix over features found in at least two documents
    (a feature in one document adds nothing to any pairwise overlap)."""
    df = Counter(f for doc in features for f in set(doc))
    shared = {f: j for j, f in enumerate(sorted((f for f, n in df.items() if n >= 2), key=repr))}
    matrix = np.zeros((len(features), len(shared)), dtype=np.float64)
    for i, doc in enumerate(features):
        for f in doc:
            j = shared.get(f)
            if j is not None:
                matrix[i, j] = weights[i][f] if weights else 1.0
    return matrix


def _tfidf_cosine(term_counts: list[Counter[str]]) -> np.ndarray:
    n = len(term_counts)
    df = Counter(t for counts in term_counts for t in counts)
    weights = []
    for counts in term_counts:
        w = {t: (1 + math.log(c)) * (math.log((1 + n) / (1 + df[t])) + 1)
             for t, c in counts.items()}
        norm = math.sqrt(sum(x * x for x in w.values())) or 1.0
        weights.append({t: x / norm for t, x in w.items()})
    matrix = _incidence([list(w) for w in weights], weights)
    return np.clip(matrix @ matrix.T, 0.0, 1.0)


def combined_score(containment_ab: float, containment_ba: float, tfidf_cosine: float,
                   shared_facts: float) -> float:
    """One number per pair in [0, 1]: a verbatim copy shows in containment, a paraphrase
    in wording and facts together; whichever is stronger counts."""
    return max(containment_ab, containment_ba, (tfidf_cosine + shared_facts) / 2)


PAIR_COLUMNS = ["a", "b", "containment_ab", "containment_ba", "tfidf_cosine",
                "jaccard_facts", "lcs_facts", "fact_pairs", "shared_facts", "score"]


def pairwise_similarity(articles: pd.DataFrame, decimals: int = 4) -> pd.DataFrame:
    """Long table, one row per unordered pair (a < b by article_id), all values in [0, 1].

    - ``containment_ab``: share of a's 5-word shingles found in b (``_ba`` the reverse);
    - ``tfidf_cosine``: content-word unigrams and bigrams, sublinear tf, smoothed idf;
    - ``jaccard_facts``: overlap of the sets of facts (shown for reference: articles on
      one event share most names whoever wrote them, so the set barely tells copies apart);
    - ``lcs_facts``: longest common subsequence of the two fact sequences, 2L/(la+lb);
    - ``fact_pairs``: share of the shorter article's consecutive fact pairs (e.g. "2" then
      "20": two soldiers lost, 20 rebels killed) that the other also has;
    - ``shared_facts``: mean of ``lcs_facts`` and ``fact_pairs`` (facts in the same order);
    - ``score``: ``combined_score``.
    Values are rounded to ``decimals``.
    """
    frame = articles.sort_values("article_id")
    ids = [str(a) for a in frame["article_id"]]
    texts = [t if isinstance(t, str) else "" for t in frame["text"]]
    tokens = [words(t) for t in texts]

    shingle_sets = [shingles(t) for t in tokens]
    shingle_inter = _overlaps(shingle_sets)
    cosine = _tfidf_cosine([terms(t) for t in tokens])
    fact_seqs = [facts(t) for t in texts]
    fact_sets = [set(f) for f in fact_seqs]
    fact_inter = _overlaps(fact_sets)
    pair_sets = [set(zip(f, f[1:], strict=False)) for f in fact_seqs]
    pair_inter = _overlaps(pair_sets)

    rows = []
    for i, j in itertools.combinations(range(len(ids)), 2):
        c_ab = _ratio(shingle_inter[i, j], len(shingle_sets[i]))
        c_ba = _ratio(shingle_inter[i, j], len(shingle_sets[j]))
        union = len(fact_sets[i]) + len(fact_sets[j]) - fact_inter[i, j]
        jaccard = _ratio(fact_inter[i, j], union)
        common = fact_sets[i] & fact_sets[j]
        lcs = lcs_length([f for f in fact_seqs[i] if f in common],  # dropping facts the other
                         [f for f in fact_seqs[j] if f in common])  # lacks keeps the LCS
        lcs_ratio = _ratio(2 * lcs, len(fact_seqs[i]) + len(fact_seqs[j]))
        pairs = _ratio(pair_inter[i, j], min(len(pair_sets[i]), len(pair_sets[j])))
        shared = (lcs_ratio + pairs) / 2
        tfidf = float(cosine[i, j])
        rows.append([ids[i], ids[j], c_ab, c_ba, tfidf, jaccard, lcs_ratio, pairs, shared,
                     combined_score(c_ab, c_ba, tfidf, shared)])
    out = pd.DataFrame(rows, columns=PAIR_COLUMNS)
    numeric = PAIR_COLUMNS[2:]
    out[numeric] = out[numeric].astype("float64").round(decimals)
    return out.astype({"a": "string", "b": "string"})


def _overlaps(sets: list[set]) -> np.ndarray:
    """Square matrix of intersection sizes between every two sets."""
    matrix = _incidence([list(s) for s in sets])
    return matrix @ matrix.T


def _ratio(part: float, whole: float) -> float:
    return float(min(part / whole, 1.0)) if whole else 0.0


def similarity_matrix(similarity: pd.DataFrame, column: str = "score") -> pd.DataFrame:
    """Square symmetric matrix of one pairwise column, 1.0 on the diagonal."""
    ids = sorted(set(similarity["a"]) | set(similarity["b"]))
    matrix = pd.DataFrame(np.eye(len(ids)), index=ids, columns=ids)
    for a, b, value in similarity[["a", "b", column]].itertuples(index=False):
        matrix.loc[a, b] = matrix.loc[b, a] = value
    return matrix


# --- clusters ---------------------------------------------------------------------------


def clusters(
    similarity: pd.DataFrame, threshold: float = THRESHOLD, article_ids: Iterable[str] | None = None
) -> pd.Series:
    """Connected components of the graph whose edges are pairs with ``score >= threshold``.

    Returns article_id -> label "C1", "C2", ... numbered in the order of each cluster's
    smallest article id, so labels are stable for a given corpus. ``article_ids`` adds
    articles that appear in no pair (a corpus of one).
    """
    extra = set(article_ids) if article_ids is not None else set()
    ids = sorted(set(similarity["a"]) | set(similarity["b"]) | extra)
    parent = {a: a for a in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    linked = similarity[similarity["score"] >= threshold]
    for a, b in linked[["a", "b"]].itertuples(index=False):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    roots = sorted({find(a) for a in ids})
    label = {root: f"C{k}" for k, root in enumerate(roots, start=1)}
    return pd.Series({a: label[find(a)] for a in ids}, name="cluster", dtype="string").rename_axis(
        "article_id")


def _members(groups: pd.Series) -> dict[str, frozenset[str]]:
    by_group: dict[str, set[str]] = {}
    for article, group in groups.items():
        by_group.setdefault(group, set()).add(article)
    return {a: frozenset(by_group[g]) for a, g in groups.items()}


def compare_with_analyst(articles: pd.DataFrame, cluster: pd.Series) -> pd.DataFrame:
    """Per article: the analyst's ``syndication_group``, the computed cluster, and whether
    they agree - the same set of fellow members both ways - with a note when not."""
    analyst = pd.Series(articles["syndication_group"].astype(str).values,
                        index=articles["article_id"].astype(str)).sort_index()
    cluster = cluster.reindex(analyst.index).astype(str)
    by_analyst, by_cluster = _members(analyst), _members(cluster)
    rows = []
    for article in analyst.index:
        a_set, c_set = by_analyst[article], by_cluster[article]
        if a_set == c_set:
            note = ""
        else:
            extra = sorted(c_set - a_set)
            missing = sorted(a_set - c_set)
            parts = []
            if extra:
                groups = sorted({analyst[x] for x in extra})
                parts.append(f"cluster also holds {', '.join(extra)} "
                             f"(analyst: {', '.join(groups)})")
            if missing:
                parts.append(f"analyst also groups {', '.join(missing)}, not linked here")
            note = "; ".join(parts)
        rows.append({"article_id": article, "analyst_group": analyst[article],
                     "cluster": cluster[article], "agree": a_set == c_set, "note": note})
    return pd.DataFrame(rows).astype({"article_id": "string", "analyst_group": "string",
                                      "cluster": "string", "note": "string"})


def independent_groups(
    articles: pd.DataFrame, similarity: pd.DataFrame | None = None, threshold: float = THRESHOLD
) -> pd.Series:
    """article_id -> the group a claim is counted once in.

    The analyst's ``syndication_group`` wins where given. ``load_articles`` fills a
    missing group with the article's own id, so a group equal to the article id counts
    as not given; such an article takes the analyst group of its most similar linked
    article in the same computed cluster, else "cluster:<label>".
    """
    ids = articles["article_id"].astype(str).tolist()
    analyst = dict(zip(ids, articles["syndication_group"].astype("string").fillna("").astype(str),
                       strict=True))
    given = {a: g for a, g in analyst.items() if g and g != a}
    if len(given) == len(ids):
        return pd.Series(given, name="group", dtype="string").rename_axis("article_id").sort_index()
    if similarity is None:
        similarity = pairwise_similarity(articles)
    cluster = clusters(similarity, threshold, ids)
    score = {}
    for a, b, s in similarity[["a", "b", "score"]].itertuples(index=False):
        score[(a, b)] = score[(b, a)] = s
    out = {}
    for a in ids:
        if a in given:
            out[a] = given[a]
            continue
        mates = [b for b in given if cluster[b] == cluster[a]]
        if mates:
            out[a] = given[max(mates, key=lambda b: (score.get((a, b), 0.0), b))]
        else:
            out[a] = f"cluster:{cluster[a]}"
    return pd.Series(out, name="group", dtype="string").rename_axis("article_id").sort_index()
