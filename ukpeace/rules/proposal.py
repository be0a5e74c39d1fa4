"""Proposal records: plans, drafts, documents, bodies, forces and truces put forward.

Stages (each a short function below):
1. mentions, from the trigger spec in resources/lexicons/proposal.json (typed by ProposalLexicon):
   - head nouns (計画, 和平案, 覚書, 決議2202号, 供与部隊 ...) with their modifiers, and for clause heads the
     relative clause that names them (現在の接触線で戦闘を止める|停戦案)       rule proposal.head_noun(+clause)
   - a quoted title after a head (新たな基金「…ファシリティー」)                  rule proposal.apposition
   - a quoted body or act with a verb about it (「…法」を可決)                   rule proposal.quoted_name
   - a verb phrase proposed, agreed or rejected (攻撃を30日間停止することで合意)  rule proposal.verb_phrase
   - a plan referred to by its count (19項目について)                            rule proposal.count
2. named filters drop what names nothing: determiners (この案), comparisons (…をモデルにした), list items
   (…、安全の保証、…の5項目), conditions (…が実現した後), sums (23億ユーロの融資保証).
3. status, proposer and date per mention (status from the predicate after the name before the clause
   before it; proposer from the subject of a proposing verb; date of the sentence, else of its section).
4. mentions of one proposal are grouped (same key, same count, apposition); 米側の提案 joins the proposal it
   refers back to; a group needs something specific about it (_specific) to become a record.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal, NamedTuple, Optional, cast

from pydantic import BaseModel, ConfigDict, Field

from ..models import Actor, Proposal, TimeSpan
from .common import (DocView, section_dates, actor_of, alternation, confidence, dedup_actors, find_all, has_any,
                     is_heading, lexicon, state_of)

_COMPOUND = re.compile(r"[\u4e00-\u9fff々\u30a0-\u30ffーA-Za-z0-9０-９・〜～]")
_KATAKANA = re.compile(r"[\u30a0-\u30ffー]")
_SIDE = re.compile(r"([\u4e00-\u9fff々\u30a0-\u30ffー]+)側")
GROUP_WINDOW = 60  # a proposal is merged with the last 60 named so far: bounded work on huge documents
# the values Proposal takes; the rules compute them from the lexicon (ProposalLexicon), Proposal validates them
Kind = Literal["peace_plan", "ceasefire", "institution", "security_guarantee", "economic_plan", "territorial", "other"]
Status = Literal["proposed", "under_discussion", "agreed", "signed", "rejected"]
_RANK = {"signed": 5, "rejected": 4, "agreed": 3, "under_discussion": 2, "proposed": 1}
_NUMBER = re.compile(r"第?[0-9０-９]{2,5}号?")
_LIST_NEXT = re.compile(r"[、や]|の[0-9０-９一二三四五六七八九十]")  # …、捕虜交換の3分野
_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


@dataclass
class _Mention:
    start: int
    end: int
    head: str
    name: str
    sent: tuple
    quoted: bool = False
    points: Optional[int] = None
    status: Optional[str] = None
    proposer: list = field(default_factory=list)
    date: Optional[TimeSpan] = None
    revises: Optional[str] = None
    by_country: Optional[str] = None   # 米国案: a reference to "the US proposal"
    clause: int = 0                    # length of the relative clause that names it (…に充てる案)
    setup: bool = False                # 作業部会を設け: set up by the text
    topic: bool = False                # 安全の保証については…が議論された: the topic of a decision or debate
    predicate: bool = False            # a status verb follows it (…案を協議している), not only precedes it
    rule: str = "proposal.head_noun"
    vp_kind: Optional[str] = None      # the kind a verb phrase's verb gives (停止 → ceasefire)
    core: str = ""                     # the name without its naming clause: 12項目の文書
    said_by: bool = False              # the character rules found a proposer (the parse only fills the field)
    bloc: Optional[str] = None         # NATOへの招待: the bloc a bloc head names
    bare: bool = False                 # 和平案 alone: kept only when the sentence says whose it is
    date_borrowed: bool = False        # its date is not its sentence's (paragraph, heading or lead date)
    noun_form: str = ""                # 捕虜175人ずつを交換 is also 捕虜交換: the object's noun and the verb
    plain_form: str = ""               # 軍事活動を大幅に縮小 is also 軍事活動を大幅に縮小する: the dictionary form
    detail: bool = False               # その運用を主導する案: a detail of the proposal before, never its name
    named_phrase: str = ""             # …では今の前線で戦闘を止めるという案 is also 今の前線で戦闘を止める
    joint: bool = False                # 双方は…で合意: its proposers are the two parties, not an author
    advocated: bool = False            # …が必要だ, …すべきだ: called for; proposed when nothing else settles it
    owned: bool = False                # any character rule (possessive, reflexive, brokered…) names whose it is


class _Status(BaseModel):
    model_config = ConfigDict(extra="forbid")
    signed: list[str]
    rejected: list[str]
    agreed: list[str]
    under_discussion: list[str]
    proposed: list[str]


class _Kinds(BaseModel):
    model_config = ConfigDict(extra="forbid")
    ceasefire: list[str]
    security_guarantee: list[str]
    institution: list[str]
    territorial: list[str]
    economic_plan: list[str]
    peace_plan: list[str]
    other: list[str]             # 7項目の改革, 「加盟候補国」の地位: heads of no kind, nearer the head than 項目


class _VpTriggers(BaseModel):
    model_config = ConfigDict(extra="forbid")
    agreed: list[str]
    proposed: list[str]
    rejected: list[str]


class _Syntax(BaseModel):
    """The full profile's roles: which governing lemmas put a proposal forward or sign it, and by which case
    markers its object, subject and partners are linked (ukpeace.syntax phrases)."""
    model_config = ConfigDict(extra="forbid")
    doc: str = Field("", alias="_doc")
    proposing: list[str]
    signing: list[str]
    object_cases: list[str]
    subject_cases: list[str]
    partner_cases: list[str]
    chain_deps: list[str]
    chain_endings: list[str]
    coordination_cases: list[str]


class _ActorTitle(BaseModel):
    model_config = ConfigDict(extra="forbid")
    states: list[str]            # 米, 露: a one-character state before a title (米大統領)
    titles: list[str]


class _SignatoryTitle(BaseModel):
    model_config = ConfigDict(extra="forbid")
    titles: list[str]
    particles: list[str]


class _Documented(BaseModel):
    """A lexicon section with a ``_doc`` note; a misspelt key fails at load."""
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    doc: str = Field("", alias="_doc")


class _VpVerbNeeds(_Documented):
    verbs: dict[str, list[str]] = {}  # verb -> words its phrase must hold: 認め -> 併合, 領と


class _KotoLinked(_Documented):
    requested: list[str]  # ことも|呼びかけ, ことを|両国に|呼びかけ: the particle after こと before an addressee
    agreed: list[str]  # ことで|ロシアとウクライナが|一致: the particle after こと before the subject
    agreed_verbs: list[str]
    reach: int  # characters of the addressee (before に) or the subject (before が/は)


class _BareTruce(_Documented):
    heads: list[str]  # 停戦, 休戦: a bare truce noun that takes these modifiers into its name
    adverbs: list[str]  # 一方的に|停戦を実施
    adjectives: list[str]  # 24時間から48時間の|短い|停戦


class _DecidedBefore(_Documented):
    signed: list[str]
    rejected: list[str]


class _Deferral(_Documented):
    verbs: list[str]             # 見送られ, 先送りし, 延期され
    pending: list[str]           # 署名が見送られ: still under discussion
    dropped: list[str]           # 採用を見送り: dropped, i.e. rejected
    reach: int                   # characters from the noun to the verb: 合意は15日未明に見送られ
    dropped_itself: list[str] = []  # 「賠償融資」は見送り: the plan itself put off, right after its name: rejected


class _RequestAnswered(_Documented):
    accepted_after: list[str]
    accepted_before: list[str]
    refused_after: list[str]
    reply_markers: list[str]     # 「…」と応じた: an answer in words, not an acceptance


class _WordsWithDoc(_Documented):
    words: list[str]


class _AgreeingParties(_Documented):
    objects: list[str]           # を設立する|ことで合意: the verb of a proposal named by its object, before the link
    links: list[str]             # することで, ことで, で, に: how the proposal joins the agreeing verb
    verbs: list[str]             # 合意, 一致: verbs only several parties together can do
    object_reach: int            # characters of the object clause between を and the link


class _ExchangeTerms(_Documented):
    heads: list[str]             # 中立化, 非核化: a status a side concedes in exchange for a guarantee
    after: list[str]             # 中立化|と引き換えに…枠組み: the term right after the concession
    before: list[str]            # 見返りに…中立化を受け入れ: the term before it in its sentence
    reach: int                   # characters from the concession to an after-term


class _ExchangeRatios(_Documented):
    ratios: list[str]            # 全員対全員, N人対N人, N人ずつ: patterns of an exchange's ratio
    objects: list[str]           # 捕虜: what is exchanged, before the ratio or before the head
    heads: list[str]             # 交換, 一括交換: the exchange noun after の


class _MeetingGoals(_Documented):
    heads: list[str]             # 合意: what a meeting aims at
    before: list[str]            # サミット|での|合意: the meeting marker right before the head
    after: list[str]             # を目指: the aiming verb right after it


class _OccasionTruce(_Documented):
    occasions: list[str]
    links: list[str]
    heads: list[str]
    reach: int
    truce_noun: str  # the noun a verb-phrase head is named by: 戦闘を停止 → 復活祭の停戦


class _SeaTruce(_Documented):
    heads: list[str]
    scopes: list[str]
    agenda_after: list[str]


class _ForceHeads(_Documented):
    heads: list[str]             # 多国籍部隊, 供与部隊: names of a multinational force
    tails: list[str]             # の構想, の派遣: what a name of the force may end with after its head
    deploy_verbs: list[str] = []  # 派遣, 展開: a plan named by deploying the force ('…部隊を派遣する構想')
    deploy_heads: list[str] = []  # 構想, 計画, 案: the plan heads such a deployment names


class _VpNotObjects(_Documented):
    words: list[str]             # 履行: an object whose stopping is a withdrawal, not a deal
    sum: str                     # 2億ポンド: an object that is a sum of money (a regex)


class _PendingAfter(_Documented):
    verbs: list[str]             # 応じていない: not answered yet, so still proposed


class _SpeakerFrom(_Documented):
    after: list[str]


class _RequestedAcceptance(_Documented):
    links: list[str]             # を受け入れるよう, に応じるよう: the proposal is what the other side is asked to take
    verbs: list[str]             # 求め, 迫, 要求: the verb of the request
    reach: int                   # characters from the link to the verb: …よう|ロシアに対し改めて|求めた


class _FinancingMechanism(_Documented):
    heads: list[str]             # 仕組み, 枠組み: heads whose own kind (institution) yields to a lending clause
    cues: list[str]              # 返済, 運用益, 借り入れ: what the clause of a lending scheme says
    loan_heads: list[str]        # 融資: a loan, a proposal when named by what backs it or by a quoted name
    loan_cues: list[str]         # 運用益, 原資, 担保: what a loan's naming clause says it is backed by
    lending_verbs: list[str]     # 供与する: the subject of a loan's clause with this verb lends it


class _LentSum(_Documented):
    verbs: list[str]             # 融資: the lending verb whose object is a sum
    verb_endings: list[str]      # する, し: how the verb goes on before a vp trigger (…融資することで合意)
    clause_endings: dict[str, str]  # 形で -> "", とし -> とする: how the backing clause ends, and its adnominal form


class _QuotedBodies(_Documented):
    heads: list[str]             # 司令部, ファンド, 登録簿: what a quoted body ends in or is apposed to
    links: list[str]             # と呼ばれる: a quoted name linked to the head after it
    before: list[str]            # 立ち上げた「…ファンド」: a setting-up participle right before the quote
    after: list[str]             # を新設, を立ち上げ, の創設を決め: setting up right after the name
    placed: list[str]            # に置き: a body placed somewhere after を and the place
    placed_reach: int            # characters from を to the placing verb
    intent_reach: int            # characters after the verb read for an intent (設ける方針: not done yet)


class _ArticleModelled(_Documented):
    treaties: list[str]          # 条約: the treaty word that may open the name (NATO条約第5条)
    treaty_reach: int            # characters of the treaty's own name before that word
    links: list[str]             # に似た, 型の: how the article models the head
    heads: list[str]             # 保証, 保護: what is modelled on the article


class _PossessiveOwner(_Documented):
    heads: list[str]             # 修正案, 公式: authored heads an actor's possessive names the author of
    count_link: list[str]        # ウクライナの10項目の|和平案: how a count joins the head


class _ReflexiveOwner(_Documented):
    words: list[str]             # 自ら, 自国: a reflexive whose referent is the sentence's topic
    links: list[str]             # 自らの|和平案, 自国が|掲げる…案: how it joins the name
    reach: int                   # characters back from the name read for the reflexive


class _GroupSubject(_Documented):
    joiners: list[str]           # 英国|やフランス: how listed actors join
    markers: list[str]           # など, といった: the list ends in a group noun
    reach: int                   # characters of the group noun before its は/が


class _BetweenParties(_Documented):
    markers: list[str]           # 日本とポーランドの間で, 米国との間で: the parties a document was made between
    breaks: list[str]            # 戦闘が続く中、: the clause closed before the name
    reach: int                   # characters from the marker to the name


class _ReportingSource(_Documented):
    markers: list[str]           # 外相によりますと、: the source a subjectless proposing clause is reported from


class _AnaphoricSubjects(_Documented):
    person: list[str]            # 同氏は: the last person named before
    state: list[str]             # 同国は: the last state named before


class _WordsSubjects(_Documented):
    subjects: list[str]          # 両首脳は: a subject that is the two actors named before


class _DocumentKind(_Documented):
    heads: list[str]             # 宣言, 共同声明: document heads whose names give no kind
    summary_heads: list[str]     # 首脳宣言: a summit's whole outcome, of no one kind its sentences give
    not_cues: list[str]          # 停戦後: a time clause, not what the document is about
    min_lead: int                # cues the winning kind needs over the next


class _ToldCounts(_Documented):
    units: list[str]             # 条 besides point_units: 草案は14条から成り (a count said of the plan only)
    predicates: list[str]        # からなり, で構成: the count said of the plan, not of a head after it
    topic_links: list[str]       # 草案は全18項目。, 文書は全15項目で、: the plan as topic, its count as predicate
    totals: list[str]            # 全, 計: a total before the count
    not_before: list[str]        # 19項目に絞り込まれた: a new count (a revision), not the plan's own


class _CountedPlanKind(_Documented):
    not_heads: list[str]         # 首脳宣言, 5原則: counted heads that are no plan


class _Unsettled(_Documented):
    topic_links: list[str]       # 「…」は, …構想は: the name is the topic of the sentence
    after: list[str]             # 合意に至らなかった, 棚上げ: no agreement reached on it yet


class _AtIssue(_Documented):
    acts: list[str]              # 承認, 合意, 設置: the act on the proposal that is at issue
    links: list[str]             # が, は, も: the act is the subject
    issues: list[str]            # 議題, 焦点, 争点: the issue nouns
    reach: int                   # characters from the act's link to the issue noun: の承認が|最大の|議題
    copulas: list[str]           # だ, です: the focus of '焦点は、…【案】だ' closes with a copula
    focus_reach: int = 0         # characters of a cleft between the issue noun and のは: 協議の土台|となっている|のは


class _PutButOpen(_Documented):
    verbs: list[str]             # 示し, 提案し: the verb that puts the proposal forward, right after it
    verb_reach: int              # characters between the name and that verb (「…」案|を|示し)
    links: list[str]             # が、, 、: the clause goes on
    open: list[str]              # 折り合っていない, 持ち帰: the sides have not settled it
    reach: int                   # characters of the rest of the sentence read for it


class _ReworkedFrom(_Documented):
    links: list[str]             # をもとに, に, をめぐり: how the first proposal joins the reworking clause
    verbs: list[str]             # 修正した, 練り直した: the reworking verb right before the second proposal
    reach: int                   # characters of the clause between the link and that verb


class _RequestedBy(_Documented):
    titles: list[str]            # 氏, 大統領: a person's title between his name and の
    nouns: list[str]             # 要請, 提案: what the requester asked for
    links: list[str]             # に応じ, を受け, に同意: the other side takes it up
    accepting: list[str]         # 受け入れ, 同意, 控える: the verb after the mention that accepts it
    reach: int                   # characters between the request and the mention, and after the mention


class _Disbursing(_Documented):
    links: list[str]             # に基づき, から: the sum is paid under the framework or out of it
    verbs: list[str]             # 支払, 供与, 拠出: paying out
    reach: int                   # characters from the link to the paying verb


class _Narrowed(_Documented):
    verbs: list[str]             # 絞り込, 改訂, 修正: cut down or revised into (に…)
    reach: int                   # characters between the name's topic marker and に: 計画は|「19項目」|に


class _GovernedStatus(_Documented):
    cases: list[str]             # を, について: how the proposal is linked to the verb read for its status
    lemmas: dict[Status, list[str]]  # 置く → agreed: the status each governing lemma says
    negation: list[str]          # 認めない: a negated agreeing verb rejects; other negated verbs say nothing
    modality: list[str]          # 受け入れる考え: an intent settles nothing


class _AgreedToPursue(_Documented):
    pursuing: list[str]          # 締結する, 検討を進める: going on working on it
    agreeing: list[str]          # ことで一致: the agreeing phrase right after
    reach: int                   # characters allowed between the two


class _Lapsed(_Documented):
    before: list[str]            # 崩れた|「エネルギー停戦」: a clause ending at the name
    after: list[str]             # 合意について、…効力を失う: read in the sentence after the name


class _DiscussedAbout(_Documented):
    verbs: list[str]             # 協議, 議論: talks about a proposal named before an about-marker


class _Listing(_Documented):
    heads: list[str]             # リスト: a list head
    after: list[str]             # に載せ, に加え: putting names on it or taking them off


class _BatchDocuments(_Documented):
    heads: list[str]             # 文書, 覚書: document heads
    counters: list[str]          # 本, 件, 通: counters of documents (56本の文書)
    apart: list[str]             # 別々の: documents told apart
    qualifiers: list[str] = []   # を超える, 以上の: between a count and the name (10件を超える協力文書)


class MoneyChannel(BaseModel):
    """A named programme or fund that money flows through is no proposal: the words around it."""
    model_config = ConfigDict(extra="forbid")
    before: list[str] = []  # 無償資金協力「: a grant's project name follows
    after: list[str] = []  # により, を通じ: the channel of a sum
    into_verbs: list[str] = []  # 拠出, 払い込: …に1億ドルを拠出 (a sum paid into it)
    into_reach: int = 24  # characters from the name to the paying verb
    from_amount: str = r"^から[約0-9０-９]"  # 「…ファシリティー」から35億ユーロ: a sum paid out of it
    new_body_before: list[str] = []  # 新設する「: a fund set up in its sentence is a proposal, even paid into
    # a standing fund (ファシリティー, イニシアチブ, 基金) named with a channel link and money after it:
    # 「…支援イニシアチブ（USAI）」の枠組みで…調達, 「…ファシリティー」の資金を5億ユーロ上積み, 基金「…」から、…拠出
    fund_heads: list[str] = []
    via_links: list[str] = []  # の枠組みで, の資金を, から: the link right after the name
    via_money: list[str] = []  # 拠出, 調達, ユーロ: money within via_reach after the link
    via_reach: int = 40
    grounding_links: list[str] = []  # 「…」に基づくもので: the aid the sentence before told goes through it
    frame_tails: list[str] = []  # 「…」の枠組み|で: a frame noun after the fund's name that the link follows
    new_words: list[str] = []  # 新たな枠組み「…」に基づき支払った: a fund its sentence calls new is a proposal


class _AdoptedAt(_Documented):
    meetings: list[str]          # サミット, 首脳会議: a bloc's meeting named right after the bloc
    owner_links: list[str]       # 有志連合|の|首脳会議: how a meeting may follow its bloc
    links: list[str]             # において, で
    agents: list[str]            # G7サミットにおいて|首脳間で|合意された: who adopted it, between place and verb
    verbs: list[str]             # 合意された, 採択された, 合意した: the relative verb that adopts what follows
    gap_max: int                 # 合意された、|総額約500億ドルの|「…融資」: characters of a modifier after the comma


class _SignedDocuments(BaseModel):
    """A document head that a signing verb takes right after it (合意文書に署名, …に関する声明にも署名)."""
    doc: str = Field("", alias="_doc")
    heads: list[str]
    after: list[str]
    adverbs: list[str] = []


class _SetUpBodies(BaseModel):
    """A body named right after a setting-up participle (新設の, 設けられた) or right before a setting-up verb."""
    doc: str = Field("", alias="_doc")
    heads: list[str]          # 理事会, 基金, 司令部, メカニズム: what a body's name ends with
    before: list[str]         # 新設の, 設けられた
    after: list[str]          # を設け, を設置: after a quoted or compound name, an adverb allowed
    quoted_after: list[str] = []  # を置き: only after a quoted name
    adverbs: list[str] = []   # 正式に, 新たに


class _DistributedPartners(_Documented):
    heads: list[str]             # 協定, 覚書: a document head each partner signs its own of
    markers: list[str]           # それぞれ, 相次いで: the distributive word before the document
    all_partners: list[str]      # 両国との協定: all the partners at once, after the split no record of its own


class _ProcessFrames(_Documented):
    heads: list[str]             # 枠組み: a frame noun
    processes: list[str]         # 交渉, 協議: the process it frames
    max_prefix: int              # characters before the process noun: 和平|交渉, 加盟|交渉


class _StanceDocuments(_Documented):
    words: list[str]             # 非難, 懸念, 文言: a stance told of a joint document, or its wording argued over
    reach: int                   # characters after the document read for them


class _FormDocuments(_Documented):
    forms: list[str]             # 法的文書, 付属文書, 提案文書: a document named only by its form
    founding: list[str]          # 設立協定, 設立文書: a body's founding document, named after the body


class _Stewardship(_Documented):
    heads: list[str]              # 共同運営, 管理, 所有: an arrangement of who runs or owns a thing
    forms: list[str]              # による, での: the modifier that names its parties or form
    modifier_max: int             # characters of that modifier: 米ロ宇の3者|による
    predicates: dict[str, list[str]]  # status -> verbs after を: 提案 (proposed), 拒否 (rejected)


class ProposalLexicon(BaseModel):
    """The proposal trigger spec (resources/lexicons/proposal.json); a misspelt key fails at load."""
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    doc: str = ""
    heads: list[str]
    both_sides_subjects: list[str]  # 双方が…合意: the subject is the two parties
    both_leaders_subjects: list[str]  # 両首脳は…一致: the subject is the two leaders named last
    key_drop_patterns: list[str]  # deadlines (2月1日まで) a merge key drops, as it drops spans (1週間)
    vp_request_verbs: list[str]  # …控えるよう個人的に要請: the verb of a request with an adverb after よう
    vp_request_adverb_max: int
    vp_request_addressee_max: int  # …控えるようプーチン大統領に求め: characters of the addressee before に
    vp_judged_verbs: list[str]  # …を所有することが「最善だ」と提案: a phrase judged good in what is put forward
    vp_judged_max: int  # characters of the judgement between こと[がは] and と
    bare_truce: _BareTruce  # 一方的に停戦, 24時間から48時間の短い停戦: what _left does not read before a truce noun
    vp_koto_linked: _KotoLinked  # …停止することも呼びかけ, …することでAとBが一致: も or a party after こと
    stewardship: _Stewardship
    vp_request_addressees: list[str]  # 大統領, 側: how an addressee ends (optional)
    vp_named_links: list[str]  # …停止するという|トランプ氏の提案, …控えるとの|提案: a phrase named by the head after it
    vp_nominal_stems: list[str]  # 上限を引き下げ → 上限の引き下げ: native verb stems that are nouns as they stand
    vp_coordinator_adverbs: list[str]  # こと、さらに|B: an adverb after the link
    vp_coordinators: list[str]  # Aを交換し、|Bを… / Aを元に戻すことや、|Bを設けることで合意: one phrase before another
    vp_named_quote: str  # 「…を30日間停止する」|案: a quoted phrase right before the head it names
    vp_named_heads: list[str]  # 提案, 案, 要求: heads a phrase before という names
    vp_named_actor_max: int  # …という|米国の|提案: characters of the actor's possessive before the head
    setup_adverbs: list[str] = []  # 高官チームをそれぞれ設ける: an adverb between を and the setting-up verb
    established_only_heads: list[str] = []  # 高官チームを設け: a team is a proposal when established, not sent
    establishing_after: list[str] = []  # を設け, を新設: setting up that establishes (not 派遣, 展開)
    joint_not_issued: list[str] = []  # 共同声明はなし, は出なかった: a joint document that was not issued
    money_channel: MoneyChannel = MoneyChannel()  # 無償資金協力「…計画」により, 「…基金」に1億ドルを拠出
    so_called_links: list[str] = []  # 8項目の和平案、いわゆる「北の道」: a link before a quoted renaming
    called_predicates: list[str] = []  # …500億ドルの融資だ。「ERA融資」と呼ばれる。: a quoted name renaming the last
    topic_clause_heads: list[str] = []  # 停戦: a clause head whose topic-only clause (…を巡る停戦) names nothing
    not_put_forward: list[str] = []  # 仲介案は示していません: a plan said not to be put forward
    session_modifiers: list[str]  # 26日の|理事会, 臨時の|評議会: a body named by its session, a meeting
    anchored_relative_days: list[str]  # 翌日: after 停戦の / 成立した, counted from that event
    generic_modifiers: list[str]
    generic_names: list[str]
    bare_ok: list[str]
    agreed_truce_clauses: list[str]
    defining_copulas: list[str]  # Q　Xとは。A　…Yです。: the copula that ends an answer defining X
    listing: _Listing
    content_clauses: list[str] = []  # 立場をまとめた|文書: a past clause saying what the document holds
    vp_adverbs: list[str] = []  # 互いに, 相互に: manner adverbs a verb phrase's name is also given without
    signed_by_states: list[str]  # ロシアとウクライナが和平合意|に署名: a generic deal name its states sign
    kinds: _Kinds
    status: _Status
    point_units: list[str]
    determiners: list[str]
    convening_heads: list[str]  # a standing body: 理事会, 評議会
    organ_heads: list[str]  # IMF|理事会, IAEA|理事会: a known organisation's own organ, no proposal
    convening_subject: list[str]  # the body as subject: 」が, は
    convening_verbs: list[str]  # holding a session: 会合を開く
    convening_reach: int
    adjacent_determiners: list[str] = []  # 今の|案 names none; 現在の接触線で…停戦案 does (it modifies 接触線)
    determiner_lookalikes: list[str] = []  # レアアースなどの|協定案: 'どの' closes など+の, it determines nothing
    not_after: list[str]
    proposer_verbs: list[str]
    discussed_before: list[str]
    agenda: list[str]
    not_plan_an_prefix: str
    specific_truce_before: list[str]
    specific_truce_after: list[str]
    country_reference: list[str]
    revision_after: list[str]
    narrowing: list[str]
    marked_inside: list[str]
    modifier_endings: list[str]
    span_units: list[str]
    clause_heads: list[str]      # heads a relative clause may name: 〜に充てる案, 〜を止める停戦案
    clause_endings: list[str]    # how such a clause ends right before the head: 〜る, 〜た, 〜ための
    clause_stops: list[str]      # where a clause starts at the latest: 、 。 「 and a label's full-width space (A　…)
    subject_nouns: list[str]     # Xは / Xが after these is the sentence's subject, not part of the clause
    apposition_heads: list[str]  # 新たな枠組み「X」, 12項目の文書「X」: the quoted X names the proposal
    vp_verbs: dict[str, list[str]]  # kind -> verbs whose phrase is a proposal: 攻撃を30日間停止(する)
    vp_cleft_verbs: dict[str, list[str]]  # status -> a cleft's verb before のは: 合意できた|のは, 拒否した|のは
    vp_cleft_focus: list[str]  # 合意できたのは「…停止する」ことにとどまった: a phrase that is a cleft's focus
    cleft_links: list[str] = []  # 提案したのは「…」だ: the focus of a cleft is what the verb before it is about
    vp_verb_needs: _VpVerbNeeds = _VpVerbNeeds()  # 認め needs 併合 or 領と in its phrase
    numbered_heads: list[str]    # heads a number names: 安保理決議2202号
    count_followers: list[str]   # 19項目について / 19項目を: a count standing for the plan
    count_min: int               # smaller counts are items, not plans
    vp_objects: list[str]        # what such a phrase acts on: 攻撃, 戦闘, 捕虜, 遺体, 領土 ...
    vp_triggers: _VpTriggers     # …することで合意 / …するよう提案 / …することを拒否
    setup_after: list[str]       # 作業部会を設け: an institution being set up
    direct_proposed: list[str]   # right after the name only: …案を示している (示し alone is too loose)
    key_spellings: dict[str, str]  # merge key, first: 和平 = 平和, and 構想 adds nothing
    key_synonyms: dict[str, str]  # merge key: 控える/止める → 停止
    key_drop: list[str]          # merge key: words a phrase and its noun differ by (を, する, 措置)
    clause_only_heads: list[str]  # heads that name a proposal only with a naming clause (…を停止する措置)
    joint_heads: list[str]       # documents issued jointly: issuing one is agreeing to it (共同宣言を発表)
    comparison: list[str]        # a clause that compares (…をモデルにした) does not name what it modifies
    origin_markers: list[str]    # Xが提案したもので: the next sentence says who put it forward
    modality_after: list[str]    # 受け入れる用意がある, 合意すれば, 署名したい: intent or condition, not done
    topic_markers: list[str]     # 安全の保証については…議論された: a proposal as the topic of a debate
    support_verbs: list[str]     # Xは…案を支持すると表明: X supports it, X did not put it forward
    soliciting_support: list[str] = []  # Xは…案への支持を(各国に)求めた: X asks others to back its own plan
    soliciting_reach: int = 12  # characters from 支持 to the verb that asks for it
    quoted_suffixes: list[str]   # 「…コンタクトグループ」, 「…武器貸与法」: a quoted name of a body or an act
    quoted_not_after: list[str]  # 「…イニシアチブ」を通じて: a channel, not a proposal
    point_links: list[str]       # 5項目からなる「平和の公式」: how a count joins the name after it
    money_heads: list[str]       # heads that, modified by a financing noun, name money: 融資計画, 支援基金
    money_modifiers: list[str]   # the financing nouns: 融資, 支援, 拠出 ...
    package_heads: list[str]     # heads counted in rounds: 対ロシア制裁の第5弾
    head_names: list[str]        # bare heads that stand as a name on their own (決議), unlike 案 or 計画
    long_name: int               # a clause name longer than this is named by its head (…を求める決議 → 決議)
    modality_end: list[str]      # …を受け入れ、交渉の席に着けばよい: the sentence ends in a wish or a demand
    partner_words: list[str]     # と共同で, と組んで, とともに: the partner of the proposing act (_with_partners)
    partner_reach: int           # characters from the partner to the name
    advocated: list[str]         # 緩衝地帯をつくることが必要だ, 即時停戦を実現すべきだ: a side calls for it (proposed)
    position_clause: list[str]   # …を受け入れる用意があるとする共同声明: a document reporting a position (or a deal)
    extension_limiters: list[str]  # 60日間|に限って|延長に応じる, 延長は60日間|に限る: a span an extension is held to
    modifier_only_heads: list[str]  # heads that name a proposal only after a span: 「30日間」への延長 (not 延長された)
    syntax: _Syntax              # the full profile's roles from the bunsetu parse
    anaphor_determiners: list[str]  # この案の受け入れを拒んでいる: a decisive act on the proposal named before
    truce_scopes: list[str]      # 海上停戦, エネルギー施設への攻撃停止: a truce limited to a domain names one truce
    truce_domains: list[str]     # 海上, エネルギー: truces limited to the same domain are one truce, however named
    known_body_heads: list[str]  # 「有志連合」: a head that names a proposal only as a known body or in quotes
    setup_only_heads: list[str]  # 「復興プラットフォーム」の創設: a head that names a proposal only when set up
    bloc_heads: list[str]        # NATOへの早期の招待: a head that names a proposal only with a bloc in its name
    list_markers: list[str]      # ①…②…の4項目で一致: a count closing an enumerated list names the list, however small
    topic_modifiers: list[str]   # 資源の開発に関する協定: a modifier that says what a head is about
    continuing_openers: list[str]  # さらに20日には…逆提案した: a sentence that goes on with the last one's subject
    proposer_named_heads: list[str]  # 米側は…和平案をまとめ、示した: a bare plan head kept when a side puts it forward
    elaborating_openers: list[str]  # …逆提案した。とりわけ、…停止することを呼びかけた: the same proposal, in detail
    cited_after: list[str]       # 共同声明によると: a joint document cited as the source of what follows
    acting_on: list[str]         # Xの提案を受け、…ことに同意: the sentence names who put forward what it agrees to
    truce_qualifiers: list[str]  # 一時的な停戦 = 早期の停戦 = 期限付きの停戦: one truce however it is qualified
    issuing_then: list[str]      # 共同声明を出し、「…枠組み」をまとめたと発表: a joint document that reports a proposal
    topic_only_clauses: list[str]  # 領土に関わる合意: a clause-only head whose clause only names a topic is generic
    frame_tails: list[str]       # 安全の保証の枠組み = 安全の保証: a frame named after the proposal it frames
    evaluative_after: list[str]  # 「…軍国主義的な構想」だとして拒否: a quoted judgement, not a name
    actor_title: _ActorTitle     # トランプ大統領|の提案: the title after an actor's name, before its proposal
    signatory_title: _SignatoryTitle  # A氏は…B首相と会談し…署名: how a signatory stands before its verb
    vp_to_head_gaps: list[str]   # 停戦を延長するよう逆提案: a verb phrase joined to the head that puts it forward
    span_named_heads: list[str]  # 「30日間」の停戦案: heads that, with a span and a status, name a proposal
    about_markers: list[str]     # 安全の保証について…考えを示した: what a statement is about, not its topic's
    negated_after: list[str]     # 受け入れられない, 一致することはなかった: an agreeing verb negated is a rejection
    agreeing_stems: list[str]    # 一致す(ることはなかった): stems of agreeing verbs that a negation may follow
    setup_not_done_after: list[str]  # 委員会の設立は…構成要素だ: a set-up named as a topic, not done
    setup_intent: list[str]      # 仕組みを設ける考えを示す: setting up said as intent, not done
    setup_discussed: _WordsWithDoc  # 「…基金」の創設が議論されている: setting up still talked about, not done
    sum_named_verbs: list[str]   # …500億ドルを融資する枠組み is also '500億ドルの融資': a loan named by its sum
    leading_verbs: list[str]     # …構想を主導する|英仏は: a clause whose actors after it put it forward
    actor_only_heads: list[str]  # 米国主導の枠組み: a frame named only by who leads it needs a verb about it
    agreed_before: list[str]     # G7サミットで合意された、…の「ERA融資」: a passive clause that says it was agreed
    decided_before: _DecidedBefore  # 国連と結んだ|覚書 (signed), 採用を見送った|「賠償ローン」 (rejected)
    deferral: _Deferral          # 署名が見送られ (under discussion), 導入を見送り (rejected)
    request_answered: _RequestAnswered  # …よう求め、ロシア側も応じた: a request accepted is agreed
    pending_after: _PendingAfter  # …停戦案に、ロシアは応じていない: not answered yet, still proposed
    leader_modifiers: _WordsWithDoc  # 英仏主導の「安心供与部隊」: the actors of the modifier put it forward
    own_version: _WordsWithDoc   # 独自の覚書: a side's own version, not the proposal with that head named before
    speaker_from: _SpeakerFrom   # A大統領から、…について説明があった: A puts it forward
    bloc_own_heads: list[str]    # G7共同宣言, OSCE停戦監視団: a bloc named right before its own document or body
    at_issue: _AtIssue           # 「…融資」の承認が最大の議題, 焦点は、…示した和平案だ: under discussion
    disbursing: _Disbursing      # 「…ファシリティー」に基づき、45億ユーロを支払った: a framework in force (agreed)
    constituted_before: _WordsWithDoc  # 4者でつくる「…センター」: a body described by its members exists
    narrowed: _Narrowed          # 計画は19項目に絞り込まれた: a version still worked on (under discussion)
    title_party_links: list[str]  # 「AとBとの間のアコード」, 日・ウクライナ間の共同声明: the parties the title names
    list_openers: list[str]      # 停戦と、|首脳会談の開催を求めた: a comma-joined list the proposal opens
    object_adverbs: list[str]    # 」を改めて|説明し: an adverb between the object and its verb
    requested_acceptance: _RequestedAcceptance  # Aが…停戦を受け入れるよう|ロシアに迫った: A puts it forward
    subject_roles: list[str]     # G7の首脳は…共同宣言を発表: the actor whose leaders or envoys are the subject
    counter_heads: list[str]     # 対案, 修正案: a plan that revises the last plan named before it
    counter_only_heads: list[str]  # 対案, 逆提案: a plan put against another, never merged with it by name
    counter_target_links: list[str]  # に対する, への: what links a counter-proposal to the plan it answers
    extension_heads: list[str]   # 2カ月の延長: an extension revises the truce or deal named before it
    adopting_verbs: list[str]    # G7は…枠組みで合意した: a bloc or body that adopts a proposal puts it forward
    adopted_at: _AdoptedAt       # G7サミットにおいて合意された「…融資」: the bloc whose meeting adopted it
    led_group_words: list[str]   # 英仏が主導する「有志連合」: the leaders and the bloc they lead propose together
    date_range_marks: list[str]  # 8日から10日まで: a date entity holding one of these is a closed range
    term_date_after: list[str]   # 12日から30日間の停戦: a date so marked is the plan's term, not its day
    adopting_links: list[str]    # G7は…「ERA融資」の立ち上げで合意: a nominal link between the name and adopting_verbs
    frame_topics: dict[str, str]  # 安全保障の枠組み = 安全の保証: a frame named after a topic is that proposal
    counted_only_heads: list[str]  # 7項目の改革, 9つの条件: heads that name a proposal only after their count
    granted_only_heads: list[str]  # 「加盟候補国」の地位を与える: heads that name a proposal only when granted
    granted_after: list[str]     # を与え, の付与: how a granted head goes on
    drafting_verbs: list[str]    # 米国とウクライナが詰めている|和平案: those who draft it put it forward
    stance_nouns: list[str]      # ベルギーは賠償ローンに慎重な姿勢を示している: a stance on it, not putting it forward
    kind_yielding_cues: list[str]  # 覚書: a document head's cue that yields to any other cue in the name
    plan_nicknames: list[str]    # プラン[A-Z]: a quoted plan called by a letter or number (「プランB」)
    batch_documents: _BatchDocuments  # 56本の協力文書, 別々の文書: papers signed in a batch, no proposal
    financing_mechanism: _FinancingMechanism  # 運用益を返済に充てる仕組み: a lending scheme, economic
    truce_windows: list[str]     # 「沈黙の時間」を設ける: a pause in fire named as a window of time
    possessive_owner: _PossessiveOwner  # ロシアの修正案: the possessive actor of an authored head wrote it
    reflexive_owner: _ReflexiveOwner  # A氏は自国が掲げる和平案…: the topic is the author
    group_subject: _GroupSubject  # 英国やフランスなど欧州の有志国は: the listed actors are the subject
    brokering: _WordsWithDoc     # カタールの仲介で…合意: the broker of the deal puts it forward
    between_parties: _BetweenParties  # 米国との間で作成された…枠組み: both parties put it forward
    reporting_source: _ReportingSource  # 外相によりますと、…停戦を提案しました: the source's side proposed it
    anaphoric_subjects: _AnaphoricSubjects  # 同氏はまた、…停戦を提案した: the person named before
    joint_issuers: _WordsSubjects  # 両首脳は…共同声明を発表した: the two leaders named before
    document_kind: _DocumentKind  # 停戦後の多国籍部隊派遣で合意、「…宣言」に署名: a security guarantee
    explaining_after: _WordsWithDoc  # Aは…「平和の公式」について説明した: the topic puts forward what it explains
    governed_status: _GovernedStatus  # full profile: …「センター」を置き (agreed), the governing verb's status
    agreed_to_pursue: _AgreedToPursue  # …協定を早期に締結することで一致: still under discussion
    discussed_about: _DiscussedAbout  # Aが示した…案について、…協議する: under discussion
    lapsed: _Lapsed              # 崩れた「エネルギー停戦」, 合意が失効: it was in force, so agreed
    anaphoric_openers: list[str]  # その運用を主導する案: a clause about the proposal named just before
    anaphoric_not: list[str]     # その後, その上で: openers that are times or links, not the proposal
    put_forward_before: list[str]  # アメリカ|が提示した|和平計画: an actor's proposing clause keeps a bare plan head
    counted_plan_heads: list[str]  # 10項目の和平案: plain plan heads a count alone may name (the titled plan before it)
    exchange_terms: _ExchangeTerms  # 中立化と引き換えに…安全を保証する枠組み: the price of a proposal, part of it
    unsettled: _Unsettled        # 「…基金」は…合意に至らなかった: still under discussion
    concessive_pending: _WordsWithDoc  # ウクライナが受け入れたものの、ロシアは応じていない: still proposed
    signed_documents: _SignedDocuments  # 合意文書に署名した: a document signed names a proposal
    truce_manners: list[str] = []  # 即時停戦, 無条件の停戦: a truce named by its manner (with a status, specific)
    wished_truce: list[str] = []   # 早期の停戦: a truce qualified only by a hope for its timing names no proposal
    body_apposition_heads: list[str] = []  # 決済機関「…」: a body head whose quoted name is kept only if acted on
    stating_links: list[str] = []  # …多国籍部隊を展開することをうたった|宣言: a bare document named by what it states
    dated_settlement: list[str] = []  # 6月に署名された|停戦合意: a dated settling verb before a generic name
    set_up_bodies: _SetUpBodies  # 新設の「…理事会」, 「…基金」を正式に設ける: a body set up
    lent_sum: _LentSum           # 運用益を返済に充てる形で、…500億ドルを融資することで合意: a backed loan agreed
    quoted_bodies: _QuotedBodies  # 新たな司令部「…」を置き, 「…ファンド」を立ち上げた: a quoted body set up
    article_modelled: _ArticleModelled  # NATO条約第5条に似た保証: a guarantee modelled on a treaty article
    counted_links: list[str] = []  # 5つの条件, 5条件: how a small count joins a counted-only head
    vp_not_objects: _VpNotObjects  # 条約の履行を停止, 2億ポンドを充てる: no deal by verb phrase
    force_heads: _ForceHeads  # 安心供与部隊 = 多国籍部隊: one text's multinational force under its names
    meeting_goals: _MeetingGoals  # サミットでの合意を目指す: the aim of a meeting, no proposal
    exchange_ratios: _ExchangeRatios  # 「全員対全員」の交換, 捕虜1000人ずつの交換: an exchange named by its ratio
    told_counts: _ToldCounts     # 文書は12項目からなり, 草案は全18項目: the count told in a later sentence
    counted_plan_kind: _CountedPlanKind  # a plan of N points whose names give no kind is a peace plan
    distributed_partners: _DistributedPartners  # 両国とそれぞれ…協定に署名: one record per partner
    process_frames: _ProcessFrames  # 交渉の枠組み: the frame of talks, no proposal
    stance_documents: _StanceDocuments  # 首脳宣言は「…非難した」と記す: a statement of views, no proposal
    form_documents: _FormDocuments  # 法的文書: no proposal; 「…基金」の設立協定: the fund itself
    occasion_truce: _OccasionTruce  # 復活祭に合わせて…宣言した停戦: a truce timed to an occasion
    sea_truce: _SeaTruce  # 黒海での安全な航行: a navigation truce named by its sea or ships
    quoted_idea_heads: list[str]  # 「前線凍結」案: a plan head named by the quoted idea right before it
    action_noun_kinds: list[str]  # vp_verbs kinds whose Sino-Japanese verb also names the phrase: 軍事活動の縮小
    put_but_open: _PutButOpen    # 案を示したが、…折り合っていない: put forward, not settled (under discussion)
    reworked_from: _ReworkedFrom  # 28項目の計画をもとに…練り直した19項目の修正案: the second revises the first
    parent_blocs: list[str]      # NATO, EU: the gazetteer's bloc codes of an organ named as a proposal
    requested_by: _RequestedBy   # トランプ氏の要請に応じて、ロシアは…控えることを受け入れた: the requester proposes
    agreeing_parties: _AgreeingParties  # AとBは…停止することで一致した: the parties that agree it (joint)
    founding_verbs: _WordsWithDoc  # AとBが「…基金」を立ち上げた: the subject that founds a body puts it forward


@lru_cache(maxsize=1)
def _lex() -> dict:
    """The proposal lexicon, validated once (ProposalLexicon) and returned as a dict."""
    raw = dict(lexicon("proposal"))
    raw["doc"] = raw.pop("_doc", "")
    ProposalLexicon.model_validate(raw)
    return raw


@lru_cache(maxsize=1)
def _re() -> dict:
    """Patterns built from the proposal lexicon: adjectival modifiers, point counts, durations."""
    lex = _lex()
    points = alternation(lex["point_units"])
    plan_nickname = "|".join(f"(?:{x})" for x in lex["plan_nicknames"])
    title, party = lex["actor_title"], lex["signatory_title"]
    span_pat = rf"[0-9０-９]+{alternation(lex['span_units'])}"
    return {
        "actor_title": re.compile(rf"{alternation(title['states'])}?{alternation(title['titles'])}?"),
        "partner": re.compile(rf"(?:[（(][^）)]{{1,12}}[）)])?(?:など|ら)?{alternation(lex['partner_words'])}"),
        "signatory": re.compile(rf"{alternation(party['titles'])}?{alternation(party['particles'])}"),
        "adj": re.compile(r"(?:[\u4e00-\u9fff々]+(?:的|な)?(?:かつ|で|、)?)*[\u4e00-\u9fff々]+的?な$|"
                          rf"[\u4e00-\u9fff々\u30a0-\u30ffー]{{1,12}}{alternation(lex['modifier_endings'])}$"),
        "points": re.compile(rf"([0-9０-９]{{1,3}}){points}"),
        # 10項目の「平和の公式」
        "points_before": re.compile(rf"([0-9０-９]{{1,3}}){points}{alternation(lex['point_links'])}「?$"),
        "status_clause": re.compile(alternation(w for k in ("proposed", "agreed", "signed", "rejected")
                                                for w in lex["status"][k])
                                    + "(?:した|された|している|していた|してきた|た)?$"),
        # 19項目について, 「5原則」を示し: a count (its closing quote too) before a follower that acts on it
        "count": re.compile(rf"(?<![0-9０-９])([0-9０-９]{{1,3}}){points}(?=」?{alternation(lex['count_followers'])})"),
        # …控えるよう個人的に要請, …控えるようプーチン大統領に求め (an adverb, or the addressee, after よう)
        "vp_request": re.compile(rf"ように?(?:[\u4e00-\u9fff\u3040-\u309f]"
                                 rf"{{1,{lex['vp_request_adverb_max']}}}?(?:に|く|て|で)|[\u4e00-\u9fff]{{2}}"
                                 rf"|[\u4e00-\u9fff\u30a0-\u30ffー]{{1,{lex['vp_request_addressee_max']}}}?"
                                 rf"{alternation(lex['vp_request_addressees'])}?に)"
                                 rf"{alternation(lex['vp_request_verbs'])}"),
        "package": re.compile(rf"(?:対[\u4e00-\u9fff\u30a0-\u30ffー]{{1,6}})?{alternation(lex['package_heads'])}の?"
                              rf"第[0-9０-９一二三四五六七八九十]{{1,3}}弾"
                              rf"|第[0-9０-９一二三四五六七八九十]{{1,3}}弾の(?:対[\u4e00-\u9fff\u30a0-\u30ffー]{{1,6}})?"
                              rf"{alternation(lex['package_heads'])}(?:パッケージ)?"),
        "span": re.compile(rf"[0-9０-９]+{alternation(lex['span_units'])}"),
        # ロシアの|修正案, ウクライナの10項目の「|平和の公式」: an actor's possessive right before a name
        "possessive_gap": re.compile(rf"の(?:[0-9０-９一二三四五六七八九十]+(?:つの)?{alternation(lex['point_units'])}"
                                     rf"{alternation(lex['possessive_owner']['count_link'])})?[「『]?$"),
        # G7の首脳は / 先進7カ国（G7）の首脳は: the actor whose leaders are the subject
        "role_subject": re.compile(rf"^[）)]?(?:[（(][^（）()]{{1,10}}[）)])?の"
                                   rf"{alternation(lex['subject_roles'])}(は|が|も)"),
        # 英国|やフランスなど欧州の有志国は: actors listed with や before など and a group noun, its subject
        "group_subject": re.compile(rf"^(?:{alternation(lex['group_subject']['joiners'])}[^\s、。はがとの]{{1,12}}?)*"
                                    rf"{alternation(lex['group_subject']['markers'])}"
                                    rf"[^\s、。はがと]{{0,{lex['group_subject']['reach']}}}?(は|が|も)"),
        "plan_nickname": re.compile(plan_nickname),
        # (和平)交渉の枠組み, 協議の枠組み: the frame of a process, no proposal
        "process_frame": re.compile(rf"[^\s、。「」]{{0,{lex['process_frames']['max_prefix']}}}"
                                    rf"{alternation(lex['process_frames']['processes'])}の"
                                    rf"{alternation(lex['process_frames']['heads'])}"),
        # A大統領は / B首相と: a party as the topic, or as the partner right before the document
        "topic_party": re.compile(rf"{alternation(party['titles'])}?は"),
        "with_party": re.compile(rf"{alternation(party['titles'])}?と(?!も)"),
        # B首相および / Cと / Dを訪れ: a partner listed as such, not 'ロシアの侵攻', 'トルコ最大都市'
        "partner_party": re.compile(rf"{alternation(party['titles'])}?(?:と|、|・|および|や|を|が)"),
        # …停止するという|トランプ氏の提案, …戦闘を止めるという|案: the phrase before という names the head
        # …を所有することが「最善の保護になる」と提案: the phrase before こと is what is put forward
        "vp_judged": re.compile(rf"こと[がは](?!でき)[^、。]{{1,{lex['vp_judged_max']}}}?だ?と"
                                rf"{alternation(lex['vp_judged_verbs'])}"),
        # 3者による|共同運営を提案: an arrangement of who runs a thing as a proposal verb's object
        # …停止することも|呼びかけ, …止めることを|両国に|呼びかけ, …停止することで|ロシアとウクライナが|一致
        "vp_koto_request": re.compile(rf"こと{alternation(lex['vp_koto_linked']['requested'])}"
                                      rf"(?:[^、。「」をがはに]{{1,{lex['vp_koto_linked']['reach']}}}?に)?"
                                      rf"{alternation(lex['vp_request_verbs'])}"),
        "vp_koto_agreed": re.compile(rf"こと{alternation(lex['vp_koto_linked']['agreed'])}"
                                     rf"[^、。「」をにで]{{1,{lex['vp_koto_linked']['reach']}}}?[がは]"
                                     rf"{alternation(lex['vp_koto_linked']['agreed_verbs'])}"),
        # 一方的に|停戦, 24時間から48時間の短い|停戦: the modifiers a bare truce noun takes into its name
        "bare_truce": re.compile(rf"(?:(?:{span_pat}(?:から|[〜～]))?{span_pat}の)?"
                                 rf"{alternation(lex['bare_truce']['adjectives'])}$"
                                 rf"|{alternation(lex['bare_truce']['adverbs'])}$"),
        "stewardship": re.compile(rf"(?:{alternation(lex['stewardship']['forms'])})"
                                  rf"({alternation(lex['stewardship']['heads'])})を"),
        "vp_named": re.compile(rf"(?:{alternation(lex['vp_named_links'])}|{re.escape(lex['vp_named_quote'])})"
                               rf"(?:[^、。「」をがは]{{1,{lex['vp_named_actor_max']}}}?の)?"
                               rf"{alternation(lex['vp_named_heads'])}"),
        # 60日間に限って延長 / 延長は60日間に限る: an extension held to a span (named 60日間の延長)
        "limited_extension": re.compile(rf"({span_pat})(?:{alternation(lex['extension_limiters'])})延長"
                                        rf"|延長は({span_pat})(?:{alternation(lex['extension_limiters'])}|に限)"),
        # Aを交換し、|B, Aを戻すことや、|B, Aを交換すること、さらに双方が|B: the link back to a coordinated phrase
        "vp_coordinated": re.compile(rf"({alternation(lex['vp_coordinators'])})"
                                     rf"{alternation(lex['vp_coordinator_adverbs'])}?"
                                     rf"(?:[^、。「」をにでとのは]{{1,6}}[がは])?$"),
        "session": re.compile("|".join(f"(?:{x})" for x in lex["session_modifiers"])),
        "told_count": _told_count_re(lex),
        # 復活祭|に合わせてロシア側が宣言した|停戦, 戦勝記念日|に合わせ、8日から10日までの3日間を一方的に「|停戦
        "occasion_truce": re.compile(rf"({alternation(lex['occasion_truce']['occasions'])})"
                                     rf"(?:[（(][^（）()]{{1,10}}[）)])?(?:{alternation(lex['occasion_truce']['links'])})"
                                     rf"([^。]{{0,{lex['occasion_truce']['reach']}}}?)「?"
                                     rf"({alternation(lex['occasion_truce']['heads'])})」?"),
    }


def _told_count_re(lex: dict) -> re.Pattern:
    """草案は全18項目。 / 文書は12項目からなり / …など12項目から成る。: a count predicated of a plan; group 1 the
    topic head when there is one, group 2 the count."""
    tc = lex["told_counts"]
    units = alternation(lex["point_units"] + tc["units"])
    topic = rf"(?:({alternation(lex['heads'])})(?:{alternation(tc['topic_links'])})、?)?"
    return re.compile(rf"{topic}{alternation(tc['totals'])}?(?<![0-9０-９第])([0-9０-９]{{1,3}}){units}"
                      rf"(?!{alternation(tc['not_before'])})")


@lru_cache(maxsize=8192)
def _key(name: str) -> str:
    """Merge key: 和平/平和 and 案/計画 are one word, a leading ウクライナ and 構想 add nothing; a verb phrase
    and its noun are one ('攻撃を30日間控える' = '攻撃を停止する措置' = '攻撃停止', '捕虜を交換' = '捕虜交換')."""
    k = _frame_of(name).replace("「", "").replace("」", "")
    for word, canonical in _lex()["key_spellings"].items():
        k = k.replace(word, canonical)
    k = re.sub(r"^ウクライナ(?=.)", "", k)
    k = _re()["span"].sub("", k)
    for pattern in _lex()["key_drop_patterns"]:
        k = re.sub(pattern, "", k)  # 2月1日までキーウへの攻撃を控える = キーウへの攻撃を1週間控える
    for q in _lex()["truce_qualifiers"]:
        k = k.replace(q + "停戦", "停戦")
    for word, canonical in _lex()["key_synonyms"].items():
        k = k.replace(word, canonical)
    for word in _lex()["key_drop"]:
        k = k.replace(word, "")
    return k.replace("の", "")


def _frame_of(name: str) -> str:
    """A frame named after a proposal is that proposal: '安全の保証の枠組み' → '安全の保証' (not '和平の枠組み',
    whose 和平 is no head)."""
    lex = _lex()
    for tail in lex["frame_tails"]:
        rest = name[:-len(tail)]
        if name.endswith(tail) and any(len(h) > 1 and rest.rstrip("」").endswith(h) for h in lex["heads"]):
            return rest  # 「覚書」の草案 = 覚書: a document's draft is that document
        topic = next((t for t in lex["frame_topics"] if name.endswith(tail) and rest.endswith(t)), None)
        if topic is not None:
            return rest[:-len(topic)] + lex["frame_topics"][topic]  # 新たな安全保障の枠組み → 新たな安全の保証
    return name


def _left(v: DocView, start: int, floor: int, clause: bool = False) -> int:
    """Extend a head leftwards over its compound, up to two 'Xの' (Xへの, Xでの) modifiers and an adjectival
    phrase; with clause, also over a relative clause that names it (現在の接触線で戦闘を止める|停戦案)."""
    i = _past_kana_head(v, start, floor)
    while i > floor and _COMPOUND.match(v.clean[i - 1]):
        i -= 1
    if i - 1 > floor and v.clean[i - 1] == "「" and v.clean.endswith(tuple(_lex()["modifier_endings"]), floor, i - 1):
        i -= 1  # 加盟に向けた「招待」: the quoted head keeps the modifier before its quote
    for _ in range(2):
        j = _no_modifier(v, i, floor)
        if j is not None:
            i = j
        else:
            m = _re()["adj"].search(v.clean[max(floor, i - 24):i])
            if m and m.end() - m.start() >= 2:
                i = max(floor, i - 24) + m.start()
            else:
                break
    if _about(v, i, start):
        i = _no_modifier(v, i, floor) or i  # 重要鉱物資源の|開発に関する|包括的な|協定: the topic's own modifier
    if clause:
        i = _clause_start(v, i, floor)
    if i > floor and v.clean[i - 1] == "「":
        i -= 1
    return i


_HIRAGANA = re.compile(r"[\u3041-\u309f]")


def _past_kana_head(v: DocView, start: int, floor: int) -> int:
    """A head written with kana (枠組み, 仕組み) right before another head is part of its compound, which the
    character class of compounds stops at: '枠組み草案', '仕組み案' (not the bare 草案)."""
    for h in _lex()["heads"]:
        if _HIRAGANA.search(h) and start - len(h) >= floor and v.clean.startswith(h, start - len(h)) \
                and "の" not in h:
            return start - len(h)
    return start


def _about(v: DocView, i: int, start: int) -> bool:
    """Whether the modifiers from i open with a topic phrase ('開発に関する…'), whose noun takes its own modifier."""
    return re.match(rf"[^の、。「」]{{1,12}}?{alternation(_lex()['topic_modifiers'])}", v.clean[i:start]) is not None


def _no_modifier(v: DocView, i: int, floor: int) -> Optional[int]:
    """Start of an 'Xの' / 'Xへの' / 'Xでの' / 'X」の' modifier ending at i, or None."""
    if not (i > floor + 1 and v.clean[i - 1] == "の"):
        return None
    k = i - 1
    if v.clean[k - 1] in "へでと" and k - 1 > floor:
        k -= 1
    if v.clean[k - 1] == "」":
        q = v.clean.rfind("「", max(floor, k - 30), k)
        return q if q != -1 else None
    if not _COMPOUND.match(v.clean[k - 1]):
        return None
    j = k
    while j > floor and _COMPOUND.match(v.clean[j - 1]) and i - j < 14:
        j -= 1
    return j


def _clause_start(v: DocView, i: int, floor: int) -> int:
    """Start of the relative clause ending at i (…に充てる|案, …を再開させるための|合意文書), else i."""
    before = v.clean[max(floor, i - 6):i]
    if _content_clause(v, i, floor):
        j = _scan_clause(v, i, floor)
        return j if i - j >= 4 else i
    if not any(before.endswith(e) for e in _lex()["clause_endings"]):
        return i
    wide = v.clean[max(floor, i - 12):i]
    if _re()["status_clause"].search(wide) or any(wide.endswith(w) for w in _lex()["discussed_before"]):
        return i  # 中国が今年2月に公表した|12項目の和平案: the clause tells its status, it does not name it
    j = _scan_clause(v, i, floor)
    if has_any(v.clean[j:i], _lex()["comparison"]):
        return i  # ガザの和平案をモデルにした|仕組み: a comparison, not what it does
    return _past_coordinated_vp(v, j, i, floor) if i - j >= 4 else i


def _past_coordinated_vp(v: DocView, j: int, i: int, floor: int) -> int:
    """Start of a verb phrase coordinated before the clause j..i that names a head: '前線の一部で2〜3日間戦闘を
    止め、|遺体を回収する案', '接触線で戦闘を止め、|そのまま凍結する案' start at the first phrase. The phrase before
    、 must end in a proposal verb's continuative (vp_verbs: 止め, 停止し, 設け) acting on a war object
    (vp_objects) and hold no head of its own ('非武装地帯を設け、|…監視させる案': 非武装地帯 is its own mention);
    the clause after it must act on a war object too, or on none ('戦闘を凍結し、|NATO加盟を先送りする案' are two
    proposals)."""
    lex = _lex()
    if j - 1 <= floor or v.clean[j - 1] != "、" or not _war_object(v.clean[j:i], lex, True):
        return j
    k = j - 1
    verbs = [w + ("し" if _KANJI.match(w[-1]) else "") for ws in lex["vp_verbs"].values() for w in ws]
    if not v.clean.endswith(tuple(verbs), floor, k):
        return j
    start = _scan_clause(v, k, floor)
    if start == k or not _war_object(v.clean[start:k], lex) or find_all(v.clean, lex["heads"], start, k):
        return j
    return start


def _war_object(clause: str, lex: dict, none_ok: bool = False) -> bool:
    """Whether a clause's を-object is one of vp_objects (攻撃, 戦闘, 遺体); with none_ok, a clause without を
    passes too."""
    if "を" not in clause:
        return none_ok
    return has_any(clause[:clause.rfind("を")], lex["vp_objects"]) is not None


def _content_clause(v: DocView, i: int, floor: int) -> bool:
    """A past clause that says what a document holds names it: 'ウクライナ危機の政治的解決に向けた中国の立場を
    まとめた|文書', '…原則をまとめた|文書' (content_clauses); other past clauses tell its status
    ('公表した|文書')."""
    return v.clean[max(floor, i - 12):i].endswith(tuple(_lex()["content_clauses"]))


def _scan_clause(v: DocView, i: int, floor: int) -> int:
    """Where the clause ending at i starts: back to a 、, an unmatched 「 or the sentence start, but not over
    the sentence's subject (欧州委は, 双方が) nor a cleft's のは: '欧州委はAをBに充てる案' gives 'AをBに充てる案'."""
    lex = _lex()
    j = i
    limit = max(floor, i - 60)
    while j > limit:
        c = v.clean[j - 1]
        if c in lex["clause_stops"] and not (c == "「" and v.clean.find("」", j, i) != -1) and \
                not (c == "、" and v.clean[j - 2:j - 1] == "を"):
            break  # a quote opened inside the clause does not end it, nor does 攻撃を、少なくとも30日間停止
        if c in "はがも" and j - 1 > floor and _is_subject(v, j - 1, lex) and not _inner_subject(v, j - 1, limit, lex):
            break
        if v.clean.endswith(tuple(lex["cleft_links"]), floor, j):
            break  # 欧州委が提案していたのは|「賠償融資」と呼ばれる仕組み: the cleft's focus starts after のは
        j -= 1
    if j == limit and limit > floor:
        return i  # no boundary within reach: not a clause we can delimit
    while j < i and v.clean[j] in "　 ":
        j += 1
    return j


def _inner_subject(v: DocView, pos: int, limit: int, lex: dict) -> bool:
    """A が-subject after the clause's own object belongs to the clause: '発電所を|米国とウクライナが|共同で運営する案'
    (the object opens the clause); 'ロシアが|発電所を…案' keeps ロシア out."""
    if v.clean[pos] != "が":
        return False
    k = pos
    while k > limit and v.clean[k - 1] not in lex["clause_stops"]:
        k -= 1
    seg = v.clean[k:pos]
    return "を" in seg and "は" not in seg


def _is_subject(v: DocView, pos: int, lex: dict) -> bool:
    """Whether the は/が at pos marks a subject: after a named actor or a noun like 側, 双方, 氏."""
    ent = v.entity_at(pos - 1)
    if ent is not None and ent.end == pos and ent.label in ("PERSON", "GPE", "ORG", "NORP"):
        return True
    return any(v.clean.endswith(n, 0, pos) for n in lex["subject_nouns"])


KIND_ORDER = ("ceasefire", "territorial", "security_guarantee", "institution", "economic_plan", "peace_plan", "other")


def _kind(name: str, lex: dict) -> str:
    """The kind of the cue nearest the head, i.e. the last in the name: '停戦後のウクライナに部隊を派遣する構想'
    is a force (部隊), not a ceasefire; ties (the same end) go by KIND_ORDER. A document head's own cue
    (kind_yielding_cues: 覚書) counts only when nothing else in the name gives a kind: '食料や肥料の輸出を後押しする
    ための覚書' is economic, '覚書' alone a peace plan."""
    kind = _nearest_kind(name, lex, set(lex["kind_yielding_cues"]))
    return kind if kind != "other" else _nearest_kind(name, lex, set())


def _nearest_kind(name: str, lex: dict, skip: set) -> str:
    best, best_end = "other", -1
    for kind in KIND_ORDER:
        for cue in lex["kinds"][kind]:
            if cue in skip:
                continue
            end = name.rfind(cue)
            if end != -1 and end + len(cue) > best_end:
                best, best_end = kind, end + len(cue)
    return best


def _status(v: DocView, m: _Mention, lex: dict) -> Optional[str]:
    """Status from the verbs around a mention: decisive verbs after it first, then what is said of it after
    (…案が議題: under discussion), then the verb of the clause before it (欧州委員会が提案した…案). A sentence
    that ends in a wish or a demand settles nothing: '停戦を受け入れ、交渉の席に着けばよい' (modality_end)."""
    s, e = m.sent
    before = v.clean[max(s, m.start - 25):m.start]
    tail = _unglossed(v.clean[m.end:e])
    after = tail[:35]
    if has_any(v.clean[max(m.end, e - 12):e], lex["modality_end"]):
        return "proposed" if has_any(before + after, lex["status"]["proposed"]) else None
    return _settled_after(v, m, before, tail, lex) or _told_around(v, m, before, tail, lex)


def _settled_after(v: DocView, m: _Mention, before: str, tail: str, lex: dict) -> Optional[str]:
    """The decisive verbs after a mention: deferred, still open, pending, lapsed, refused, settled
    ('…案は見送られた', '…停戦は失効した', '…協定に署名した')."""
    s, _ = m.sent
    after = tail[:35]
    deferred = _deferred(_own_decision_noun(v, m, lex) + tail, lex)
    if deferred:
        return deferred
    if _unsettled(tail, lex) or _at_issue(v, m, tail, lex) or _narrowed(tail, lex) or _put_but_open(tail, lex):
        return "under_discussion"
    if _pending(after, lex):
        return "proposed"
    if _lapsed(before, tail, lex):
        return "agreed"
    if _negated(after, tail, lex):
        return "rejected"
    if _agreed_to_pursue(tail, lex) and not has_any(v.clean[max(s, m.start - 15):m.end], lex["status"]["agreed"]):
        return "under_discussion"  # not '…会談で一致した|…措置について、実施に向けた方策を詰めることで一致' (agreed)
    if _disbursing(tail, lex):
        return "agreed"
    for status in ("signed", "rejected", "agreed"):
        if _settled(after, lex["status"][status], lex, tail):
            return status
    return None


def _told_around(v: DocView, m: _Mention, before: str, tail: str, lex: dict) -> Optional[str]:
    """With no decisive verb after it: the clause before a mention (欧州委員会が提案した…案), a body set up or
    discussed, a proposing or discussing verb on either side, an agenda in the sentence."""
    s, e = m.sent
    after = tail[:35]
    decided = _decided_before(before, lex) or _decided_before(_before_owners(v, m), lex)
    if decided:
        return decided
    if _advocated(after, lex) and (_setup_discussed(v, m, lex) or _set_up(v, m, lex) or _agreed_before(v, m, lex)):
        return "proposed"  # 非武装地帯を設けることが必要だ: a call to set it up, not a body set up
    if _setup_discussed(v, m, lex):
        return "under_discussion"
    if _set_up(v, m, lex) or _agreed_before(v, m, lex):
        return "agreed"
    if _discussed_before(before, lex):
        return "under_discussion"
    if has_any(_without_adverb(after, lex).lstrip("」")[:6], lex["direct_proposed"]) or \
            has_any(after, lex["status"]["proposed"]):
        return _jointly(m, "proposed", lex)
    if has_any(after[:8], lex["status"]["under_discussion"]):
        return "under_discussion"
    if has_any(before, lex["status"]["proposed"]):
        if has_any(after[:7], lex["topic_markers"]) or _discussed_about(after, tail, lex):
            return "under_discussion"  # 米国が提案している30日間の全面停戦については、…条件だと述べた: a response
        return _jointly(m, "proposed", lex)
    if has_any(before + after, lex["status"]["under_discussion"]) or has_any(v.clean[s:e], lex["agenda"]):
        return "under_discussion"
    return None


def _advocated(after: str, lex: dict) -> bool:
    """The clause on the mention calls for it: '少なくとも60日間の停戦が必要だ', '緩衝地帯をつくることが必要である',
    '即時停戦を実現し、交渉を始めるべきだ' — a side's demand, so proposed. It overrides a set-up verb at once; otherwise
    it only fills a record no mention gives a status (_Mention.advocated), so it keeps no mention alive."""
    return has_any(after[:25], lex["advocated"]) is not None


def _unsettled(tail: str, lex: dict) -> bool:
    """The proposal is the topic of a sentence that says no agreement was reached on it, that it was shelved or
    that it is an open issue: '「…ファシリティー」は、ハンガリーの反対で合意に至らなかった', '「賠償ローン」構想は…
    棚上げされたままだ', '「…保証」をめぐっては、議会の承認を得るかが焦点になっている' (under discussion);
    not '停戦では合意できなかった' (a setting, not the topic), nor '案は、合意した' (no such phrase)."""
    un = lex["unsettled"]
    if not tail.startswith(tuple(un["topic_links"])):
        return False
    return has_any(tail.split("。")[0], un["after"]) is not None


def _put_but_open(tail: str, lex: dict) -> bool:
    """The proposal is put forward and the same sentence says the sides have not settled it: '米国は…「自由経済区」
    とする案を示したが、誰が統治するかで折り合っていない', '「…案」を示したが、双方とも持ち帰りとした' (under
    discussion); not '…を提案したが、ロシアは応じていない' (no answer yet: proposed) nor '…を示したが、ロシアは
    これを退け、…立場を崩していない' (a refusal: rejected)."""
    po = lex["put_but_open"]
    hit = re.match(rf"[」』]?[^。]{{0,{po['verb_reach']}}}?{alternation(po['verbs'])}[^。、]{{0,8}}?"
                   rf"{alternation(po['links'])}", tail)
    if hit is None:
        return False
    rest = tail[hit.end():].split("。")[0][:po["reach"]]
    return has_any(rest, po["open"]) is not None and has_any(rest, lex["status"]["rejected"]) is None


def _at_issue(v: DocView, m: _Mention, tail: str, lex: dict) -> bool:
    """The proposal, or the act that would settle it, is the issue the sentence names: '「賠償融資」の承認が最大の
    議題だ' (the approval is on the agenda, not given), '焦点は、米国が示した和平案だ', 'もう一つの懸案が、…「…基金」
    だ', '協議の土台となっているのは、…20項目の和平案である' (under discussion); not '「賠償融資」の承認を決めた'
    (no issue noun), nor '焦点は、…案の扱いだった' (the focus is another noun after the name)."""
    ai = lex["at_issue"]
    text = tail.lstrip("」』")
    act = next((w for w in ai["acts"] if text.startswith("の" + w)), None)
    if act is not None:
        rest = text[len(act) + 1:]
        if rest.startswith(tuple(ai["links"])) and has_any(rest.split("。")[0][:ai["reach"]], ai["issues"]):
            return True
    if not text.startswith(tuple(ai["copulas"])):
        return False
    head = v.clean[m.sent[0]:m.start].lstrip()
    cleft = rf"[^、。]{{0,{ai['focus_reach']}}}のは"  # 協議の土台|となっている|のは、
    lead = re.match(rf"[^、。]{{0,6}}?{alternation(ai['issues'])}(?:[はが]|{cleft})、", head)
    return lead is not None


def _disbursing(tail: str, lex: dict) -> bool:
    """Money is paid out under the framework or out of it, so it is in force: '「…ファシリティー」に基づき、45億
    ユーロを支払った', '支援枠組み「…」から、最初の資金となる45億ユーロを供与すると発表' (agreed); not '「…基金」への
    拠出を求めた' (no link right after the name), nor a link whose clause closes before a paying verb."""
    d = lex["disbursing"]
    text = tail.lstrip("」』")
    link = next((w for w in d["links"] if text.startswith(w)), None)
    if link is None:
        return False
    return has_any(text[len(link):].split("。")[0][:d["reach"]], d["verbs"]) is not None


def _constituted(v: DocView, m: _Mention, lex: dict) -> bool:
    """A body the text describes by its members, with nothing else said of it, exists: '4者の代表でつくる「共同調整
    センター」がイスタンブールに置かれ', '…の軍代表で構成する合同停戦委員会が…会合を重ねている' (agreed); only for a
    record no mention gives a status (_record), so '…でつくる「…委員会」の設置を提案' stays proposed."""
    before = v.clean[max(m.sent[0], m.start - 12):m.start]
    return before.rstrip("「『").endswith(tuple(lex["constituted_before"]["words"]))


def _lapsed(before: str, tail: str, lex: dict) -> bool:
    """A deal said to have collapsed, lapsed or not been extended was in force: 'わずか数日で崩れた「エネルギー
    停戦」', '…合意について、17日をもって効力を失うと発表', '「…イニシアチブ」の延長に応じない' (agreed, not
    rejected: the refusal is of its extension); not a clause that ends before the name ('停戦が崩れた後、…案')."""
    lp = lex["lapsed"]
    if before.rstrip("「『").endswith(tuple(lp["before"])):
        return True
    return has_any(tail.split("。")[0][:40], lp["after"]) is not None


def _discussed_before(before: str, lex: dict) -> bool:
    """A clause of talks, or an issue noun, that ends at the name: '米国とウクライナが協議している|和平案', '焦点の|
    「安全の保証」について' (under discussion); not a
    clause closed by a comma before it ('…と協議して、和平の枠組みを示した': the verb after the name says it)."""
    window = before[-12:]
    hit = max((window.rfind(w) for w in lex["discussed_before"]), default=-1)
    return hit != -1 and "、" not in window[hit:]


def _agreed_to_pursue(tail: str, lex: dict) -> bool:
    """Agreeing to go on working on it is no agreement on it yet: '…協定をできるだけ早く締結することで一致',
    '…措置について、検討を進めることで一致' (under discussion); not '…停戦を実施することで一致' (agreed), nor a
    pursuing verb with no agreeing phrase right after it ('協議することを提案': _status reads that as proposed)."""
    ap = lex["agreed_to_pursue"]
    text = tail.split("。")[0]
    for hit, _, _ in find_all(text, ap["agreeing"]):
        window = text[:hit]
        if any(0 <= hit - (window.rfind(p) + len(p)) <= ap["reach"] for p in ap["pursuing"] if p in window):
            return True
    return False


def _discussed_about(after: str, tail: str, lex: dict) -> bool:
    """A proposal named with its proposer before it and an about-marker right after it, then talks later in the
    sentence: 'ウクライナが掲げる10項目の「平和の公式」について、各国の高官が来週協議する予定だ' (under
    discussion); not '…案について説明した' (no talks), nor '…案を協議に先立ち提示した' (no about-marker)."""
    if not after.lstrip("」』").startswith(tuple(lex["about_markers"])):
        return False
    return has_any(tail.split("。")[0], lex["discussed_about"]["verbs"]) is not None


_RESTATEMENT = re.compile(r"（(?:約|およそ)?[0-9０-９][^（）「」。]{0,20}）")


def _unglossed(text: str) -> str:
    """The text after a mention without parenthetical restatements of a sum, which push the verb out of the
    window: '…仕組みで、500億ドル（約7兆9000億円）を融資することで合意した' reads as without the yen figure."""
    return _RESTATEMENT.sub("", text)


def _pending(after: str, lex: dict) -> bool:
    """A proposal the other side has not answered yet stays proposed: '米国が提案した停戦案に、ロシアは応じていない';
    not when a decisive verb comes first ('…停戦案を拒否し、対話にも応じていない' is rejected)."""
    hit = find_all(after, lex["pending_after"]["verbs"])
    if not hit:
        return False
    decisive = [w for st in ("signed", "rejected", "agreed") for w in lex["status"][st]]
    first = min((i for i in (after.find(w) for w in decisive) if 0 <= i < hit[0][0]), default=None)
    return first is None or has_any(after[first:hit[0][0]], lex["concessive_pending"]["words"]) is not None


def _settled(after: str, words: list[str], lex: dict, tail: Optional[str] = None) -> bool:
    """A decisive verb said as done, not as intent or condition: '停戦を受け入れた' is settled,
    '停戦を受け入れる用意がある' / '合意すれば' / '署名する予定' / '一部は受け入れることが可能だ' are not
    (modality_after). The modality is read in the sentence's tail, past the window the verb was found in
    (…後退しており、受け入れ|られない)."""
    tail = after if tail is None else tail
    for w in words:
        i = after.find(w)
        if i != -1 and not has_any(tail[i + len(w):i + len(w) + 8], lex["modality_after"]):
            return True
    return False


DEFERRAL_AFTER = 40  # characters after a name read for a decision on it put off


def _deferred(tail: str, lex: dict) -> Optional[str]:
    """A decision on it put off, by the noun before the verb: '「繁栄計画」は、署名が見送られました' and
    '…については、…合意は15日未明に見送られました' leave it under discussion; '「賠償ローン」の導入を見送り' drops it
    (rejected). Not '…見送られた' with no such noun before it (a meeting put off says nothing of the plan)."""
    d = lex["deferral"]
    text = tail[:DEFERRAL_AFTER].split("。")[0]
    if text.startswith(tuple(d["dropped_itself"])):
        return "rejected"  # 「賠償融資」は見送り, 追加の制裁案は見送られた: the plan itself is not taken up
    hit = find_all(text, d["verbs"])
    if not hit:
        return None
    window = text[max(0, hit[0][0] - d["reach"]):hit[0][0]]
    nouns = [(window.rfind(w), st) for st, words in (("under_discussion", d["pending"]), ("rejected", d["dropped"]))
             for w in words if w in window]
    return max(nouns)[1] if nouns else None


def _own_decision_noun(v: DocView, m: _Mention, lex: dict) -> str:
    """The decision noun a mention's span ends with, read back into the deferral window:
    '…「賠償融資」の合意|を見送った'
    (the noun is inside the span; under discussion as '…の合意は見送られた'); '' when the span ends otherwise."""
    d = lex["deferral"]
    name = v.clean[m.start:m.end]
    return next((w for w in d["pending"] + d["dropped"] if name.endswith("の" + w)), "")


def _narrowed(tail: str, lex: dict) -> bool:
    """The proposal is cut down or revised into another version, so it is still being worked on: '計画は19項目に絞り
    込まれた', '28項目は「19項目」に絞り込み', '…19項目に修正された' (under discussion); not '…に合意した'."""
    nw = lex["narrowed"]
    m = re.match(rf"[」』]?[はがも]?[^。、]{{0,{nw['reach']}}}?に", tail)
    return m is not None and tail.startswith(tuple(nw["verbs"]), m.end())


def _before_owners(v: DocView, m: _Mention) -> str:
    """The text before the owners of a name that starts with a possessive: '…一体で結ばれた|国連と|ロシアの覚書'
    gives '…一体で結ばれた', so the clause that ends at the owners is read as said of the name; '' otherwise."""
    s = m.sent[0]
    own = v.first(m.start, m.end, {"GPE", "ORG", "PERSON"})
    if own is None or own.start != m.start or not v.clean.startswith("の", _after_title(v, own.end)):
        return ""
    chain = _actor_chain(v, s, m.start)
    lo = chain[0].start if chain else m.start
    return v.clean[max(s, lo - AGREED_BEFORE):lo]


def _decided_before(before: str, lex: dict) -> Optional[str]:
    """A clause that ends at the name says what was done to it: '国連と結んだ|覚書' (signed),
    '署名式を経て始まった|「…イニシアチブ」' (signed), '首脳らが採用を見送った|「賠償ローン」' (rejected);
    not '…を結んだ後、|覚書' (the clause does not end at the name)."""
    end = before.rstrip("「『")
    for status in ("signed", "rejected"):
        if end.endswith(tuple(lex["decided_before"][status])):
            return status
    return None


AGREED_BEFORE = 60  # characters back to a passive 'agreed' clause that modifies the mention


def _agreed_before(v: DocView, m: _Mention, lex: dict) -> bool:
    """A clause before the name says it was agreed: 'G7サミットで合意された、凍結資産の利益で返済される総額500億ドルの
    「ERA融資」', '7月に始動した…枠組み「…リスト」' (launched, so in force), '委員長が創設を発表した
    「…基金」' (set up, as in _set_up after the name); not a clause about something else ('…で合意された。'
    ends before it, or another mention between)."""
    before = v.clean[max(m.sent[0], m.start - AGREED_BEFORE):m.start]
    hit = max((before.rfind(w) for w in lex["agreed_before"]), default=-1)
    return hit != -1 and before.count("、", hit) <= 1 and "「" not in before[hit:].rstrip("「")


def _negated(after: str, tail: str, lex: dict) -> bool:
    """An agreeing verb negated rejects: '…案について「受け入れられない」と述べ', '即時停戦で一致することは
    なかった'; not '受け入れた', nor a rejecting verb's own ない (応じない is already a rejection)."""
    for w in lex["status"]["agreed"] + lex["agreeing_stems"]:
        i = after.find(w)
        if i != -1 and tail.startswith(tuple(lex["negated_after"]), i + len(w)):
            return True
    return False


SETUP_DISCUSSED_REACH = 6  # characters after a set-up noun read for talks about it (が議論され, を協議し)


def _set_up(v: DocView, m: _Mention, lex: dict) -> bool:
    """A body the text sets up, as done, is agreed: '「…基金」の立ち上げを発表', '「…軍」の派遣だ';
    not '…仕組みを設ける考えを示す' (an intent), '…部隊の派遣を提案した', nor '委員会の設立は…構成要素だ' (a topic),
    nor '「…基金」の創設が議論されている' (talks on setting it up: setup_discussed)."""
    hit = has_any(v.clean[m.end:m.end + 8], lex["setup_after"])
    if hit is None:
        return False
    rest = v.clean[m.end + v.clean[m.end:m.end + 8].find(hit) + len(hit):m.sent[1]]
    if _setup_discussed(v, m, lex):
        return False
    return not has_any(rest[:14], lex["setup_intent"]) and not rest.startswith(tuple(lex["setup_not_done_after"]))


def _setup_discussed(v: DocView, m: _Mention, lex: dict) -> bool:
    """Setting it up is what is talked about: '凍結資産を使う「…基金」の創設が議論されている', '…部隊の派遣を
    協議している' (under discussion); not '「…基金」の創設を発表し、運営は今後協議する' (talks later, on
    its running)."""
    hit = has_any(v.clean[m.end:m.end + 8], lex["setup_after"])
    if hit is None:
        return False
    rest = v.clean[m.end + v.clean[m.end:m.end + 8].find(hit) + len(hit):m.sent[1]]
    return has_any(rest[:SETUP_DISCUSSED_REACH], lex["setup_discussed"]["words"]) is not None


def _request_answered(v: DocView, m: _Mention, lex: dict) -> Optional[str]:
    """A request answered in its sentence settles it: '…「攻撃を控える」よう求め、ロシア側も応じた' and 'A大統領の
    要請に応じ、…攻撃を控えるとしていた' are agreed; '…よう求めたが、応じなかった' is rejected. Only for what the
    sentence otherwise leaves proposed, and only after a request (a verb of proposing before the answer)."""
    if m.status != "proposed":
        return None
    ra, (s, e) = lex["request_answered"], m.sent
    if has_any(v.clean[s:m.start], ra["accepted_before"]):
        return "agreed"
    tail = v.clean[m.end:e]
    hits = [(tail.find(w), st) for st, words in (("agreed", ra["accepted_after"]), ("rejected", ra["refused_after"]))
            for w in words if w in tail]
    if not hits:
        return None
    pos, status = min(hits)
    if status == "agreed" and tail[:pos].endswith(tuple(ra["reply_markers"])):
        return None  # '…への支持を求め、B氏は「できる限りのことをする」と応じた': a reply in words accepts nothing
    return status if has_any(tail[:pos], lex["status"]["proposed"]) else None


def _signed_set_up(v: DocView, m: _Mention, lex: dict) -> Optional[str]:
    """A body set up by an agreement signed in the same or the previous sentence is signed with it: '両国は協定に
    署名した。協定の柱は「…基金」の設立だ', '合意が署名され、…「…センター」を設置'. Not a body set up with no
    signing near it (agreed), nor one only proposed."""
    if m.status != "agreed" or not _set_up(v, m, lex):
        return None
    i = v.sent_index(m.start)
    lo = v.sentences[i - 1][0] if i > 0 else m.sent[0]
    return "signed" if has_any(v.clean[lo:m.sent[1]], lex["status"]["signed"]) else None


def _governed_status(v: DocView, m: _Mention, lex: dict) -> Optional[str]:
    """Full profile, when the characters give no status: the status of the verb that governs the proposal:
    'イスタンブールには…でつくる「共同調整センター」を置き' (agreed), '「住民投票」について…決して認めない' (rejected:
    an agreeing verb negated). None in the fast profile, for a noun governor ('…案の内容'), for an intent
    ('受け入れる考えだ', modality), or for a proposal that is the verb's subject ('北欧理事会は…合意した': an actor)."""
    syn, gs = v.syntax, lex["governed_status"]
    if not syn.parsed or has_any(v.clean[max(m.end, m.sent[1] - 12):m.sent[1]], lex["modality_end"]):
        return None  # '…停戦を受け入れ、交渉の席に着けばよい': a wish settles nothing (as in _status)
    info = syn.case_of(m.start, m.end)
    if info.phrase is None or info.governor is None or info.case not in gs["cases"]:
        return None
    g = info.governor
    status = next((st for st, lemmas in gs["lemmas"].items() if g.lemma in lemmas), None)
    rest = v.clean[g.start:min(m.sent[1], g.end + 6)]
    if status is None or has_any(rest, gs["modality"]):
        return None
    if has_any(v.clean[g.start:g.end + 2], gs["negation"]):
        return "rejected" if status == "agreed" else None
    return status


def _side_document(v: DocView, m: _Mention) -> Optional[str]:
    """A side's own document or plan with no verb about it has been put forward: ロシア側の覚書は…を描く."""
    return "proposed" if _SIDE.search(m.name) else None


def _jointly(m: _Mention, status: str, lex: dict) -> str:
    """A joint document that is issued is agreed by those who issue it: 共同宣言を発表した."""
    return "agreed" if status == "proposed" and m.head in lex["joint_heads"] else status


_SUBJECT = re.compile(r"^(?:氏)?[^\s、。はがとの]{0,8}?(は|が|と|・|、|も)")


def _in_quote(v: DocView, pos: int, s: int) -> bool:
    """Whether pos lies inside a 「…」 opened in the sentence before it."""
    seg = v.clean[s:pos]
    return seg.count("「") > seg.count("」")


def _as_proposer(ent):
    if ent.label == "PERSON":
        return actor_of(ent)
    if ent.label == "ORG" and (ent.country in (None, "EU") or ent.kind == "bloc"):
        return actor_of(ent)  # the Commission proposes, not "the EU"
    return state_of(ent)


LIST_CLOSING_REACH = 40  # characters from a listed actor to the は/が that closes its list: A、B、C、DとE（…）などが
LIST_NEAR = 20  # within this, any text may stand before the closing は/が; beyond it, only other actors (_only_actors)
_LIST_REST = re.compile(r"[X、と・（）()\sA-Za-zＡ-Ｚ]*(?:など|ら)?"
                        r"(?:の?[0-9０-９一二三四五六七八九十]+(?:カ国|か国|ヶ国))?")


def _only_actors(v: DocView, lo: int, hi: int) -> bool:
    """Whether lo..hi holds only actors, their glosses and list marks: '、フランス、ポーランドと欧州投資銀行（EIB）など'
    (a list), not '政府関係者によると、主要7カ国（G7）の首脳' nor '…イスラエルを加えた国々' (a clause)."""
    text = list(v.clean[lo:hi])
    for x in v.ents(lo, hi, {"GPE", "ORG", "PERSON", "LOC"}):
        for i in range(max(x.start, lo), min(_after_title(v, x.end), hi)):
            text[i - lo] = "X"
    return _LIST_REST.fullmatch("".join(text)) is not None


def _proposers(v: DocView, m: _Mention, lex: dict) -> list:
    """Actors that put the proposal forward: X主導の…, X側の…, X提案の… (inside the name), Xが提案した…
    (marked), else the sentence topic Xは… when the verb after the proposal is a proposing one."""
    s, e = m.sent
    roles: dict[str, list] = {"marked": [], "topic": [], "subject": []}
    verb_after = _list_verb_after(v, m, lex) or _without_adverb(v.clean[m.end:min(e, m.end + 25)], lex)
    for ent in v.ents(s, m.end, {"GPE", "ORG", "PERSON", "LOC"}):
        if (ent.label == "GPE" and ent.kind != "country") or (ent.label == "LOC" and not _side_of(v, ent)):
            continue
        role = _inside_role(v, m, ent, lex) if ent.start >= m.start else _outside_role(v, m, ent, verb_after, lex)
        if role is not None:
            roles[role[0]].append(role[1])
    return _chosen_proposers(v, m, roles, verb_after, lex)


def _inside_role(v: DocView, m: _Mention, ent, lex: dict) -> Optional[tuple[str, Any]]:
    """An actor inside the name that marks whose it is: X主導の…, X側の…, X提案の…, a bloc's own plan."""
    nxt = v.clean[ent.end:ent.end + 10]
    if nxt.startswith(tuple(lex["marked_inside"])) or _names_it(v, m, ent, lex) or _bloc_own(v, m, ent, lex) or \
            (re.match(r"）?が", nxt) and _lends_it(m, v.clean[ent.end:m.end], lex)):
        return "marked", ent
    return None


def _list_marker(v: DocView, ent, marker: str, between: str, s: int) -> Optional[str]:
    """The case marker of an actor: its own, or for a list (AとBが / AとBは) the marker that closes the list;
    None when no list closes or a clause runs through it ('日本政府関係者によると、G7の首脳は')."""
    if marker not in ("と", "・", "、"):
        return marker
    closing = re.search(r"[がは]", between[:LIST_CLOSING_REACH])
    if closing and closing.start() >= LIST_NEAR and not _only_actors(v, ent.end, ent.end + closing.start()):
        return None
    if closing:
        return closing.group(0)
    if marker == "、" and ent.start == s:
        return "は"  # a headline's subject: ウクライナ、中立化と引き換えに「安全の保証」提案
    return None


def _outside_role(v: DocView, m: _Mention, ent, verb_after: str, lex: dict) -> Optional[tuple[str, Any]]:
    """An actor before the mention: marked (Xが提案した…), the subject of a proposing verb after it
    (中国が独自の和平案を示した), or a topic (Xは…案を示した) with its marker's position."""
    s, e = m.sent
    if _speaks_from(v, m, ent, lex):
        return "marked", ent  # A大統領から、…について説明があった
    nxt = v.clean[ent.end:ent.end + 10]
    sm = _SUBJECT.match(nxt) or _re()["role_subject"].match(nxt) or \
        _re()["group_subject"].match(v.clean[ent.end:min(e, ent.end + 40)])
    if not sm or _in_quote(v, ent.start, s):
        return None  # 「ウクライナは勝てる」と述べ: a speaker's words, not the sentence's subject
    between = v.clean[ent.end:m.start]
    marker = _list_marker(v, ent, sm.group(1), between, s)
    if marker is None:
        return None
    lends = _lends_it(m, v.clean[ent.end:m.end], lex)
    ga = ent.end + between.find("が")
    drafted = _drafted_by(between, lex) and not _later_subject(v, ga + 1, m.start) and \
        any(x.start == ent.start for x in _actor_chain(v, s, ga))  # not 'スイス・ジュネーブで米ウクライナが'
    if marker == "が" and (_own_proposing_verb(v, ent, m, lex) or drafted or lends):
        return "marked", ent  # Xが提案した…, AとBが詰めている…
    if marker == "が" and (_puts_forward_after(verb_after, lex) or _requests_acceptance(verb_after, lex)
                          or _founds(verb_after, lex)) and not _in_headline(v, m.start):
        return "subject", ent  # 中国が独自の和平案を示した: the subject of the verb after it
    if marker in ("は", "も") and (_explains(verb_after, lex) or
                                   not v.clean.startswith(tuple(lex["about_markers"]), m.end)) and \
            (has_any(verb_after, lex["proposer_verbs"]) or has_any(verb_after[:6], lex["direct_proposed"])
             or _explains(verb_after, lex) or _requests_acceptance(verb_after, lex) or _founds(verb_after, lex)
             or _adopts(ent, verb_after, lex) or _adopts_as_means(ent, v.clean[m.end:e], lex)) and \
            not _answers_it(verb_after, lex):
        return "topic", (ent.end + between.find(marker), ent)
    return None


def _chosen_proposers(v: DocView, m: _Mention, roles: dict, verb_after: str, lex: dict) -> list:
    """Marked actors first (with a leader named before), then a leading body, the last topic, the subjects;
    a subjectless sentence that continues the one before takes its topic."""
    s, _ = m.sent
    marked = roles["marked"] + [x for x in _led_before(v, m, lex) if all(x.start != y.start for y in roles["marked"])]
    last = max((p for p, _ in roles["topic"]), default=None)
    chosen = marked or _led_by(v, m, lex) or [x for p, x in roles["topic"] if p == last] or \
        _coordinated(v, s, roles["subject"])
    if not chosen and (v.clean.startswith(tuple(lex["continuing_openers"]), s) or _subjectless(v, s, m)) and \
            has_any(verb_after, lex["proposer_verbs"]) and not _own_actors(v, s, m.start):
        chosen = _previous_topic(v, s)
    return _with_states(chosen)


def _without_adverb(verb_after: str, lex: dict) -> str:
    """The text after a name without an adverb between the object marker and the verb: '」を改めて説明し' reads as
    '」を説明し', 'を正式に提案した' as 'を提案した' (object_adverbs), so the verb right after the object is seen."""
    hit = re.match(r"([」』]?[をも])(" + "|".join(map(re.escape, lex["object_adverbs"])) + ")", verb_after)
    return hit.group(1) + verb_after[hit.end():] if hit else verb_after


LIST_VERB_REACH = 80  # characters after a listed proposal read for the verb that governs the whole list


def _list_verb_after(v: DocView, m: _Mention, lex: dict) -> str:
    """The verb after a list the proposal opens, for a proposal with a comma-joined list after it:
    'Aは、30日間の停戦と、首脳会談の開催を改めて求めた' (list_openers) reads '…を改めて求めた', the list's own verb;
    '' when no list follows or the clause closes (が、, 。) before a verb of putting forward."""
    rest = v.clean[m.end:min(m.sent[1], m.end + LIST_VERB_REACH)]
    if not rest.lstrip("」』").startswith(tuple(lex["list_openers"])):
        return ""
    clause = re.split(r"が、|。", rest)[0]
    hit = find_all(clause, lex["proposer_verbs"])
    if not hit:
        return ""
    obj = clause.rfind("を", 0, hit[0][0])
    return clause[obj:] if obj != -1 else ""


def _own_actors(v: DocView, s: int, pos: int) -> list:
    """Actors before ``pos`` that may be the sentence's own subject; a partner the subject acts with is none
    (partner_words): '…のB氏と共同で和平案を発表し' still goes on with the last sentence's A (the full profile's
    NER names B)."""
    words = tuple(_lex()["partner_words"])
    return [x for x in v.ents(s, pos, {"GPE", "ORG", "PERSON"})
            if not v.clean.startswith(words, _after_title(v, x.end))]


def _led_before(v: DocView, m: _Mention, lex: dict) -> list:
    """The actors of a leader modifier right before the name or inside it: '英仏主導の|「安心供与部隊」'
    gives 英 and 仏, '米国提案の|停戦案' gives 米国; not 'ロシア主導の会議で|停戦案' (the modifier ends
    before another noun, not at the name)."""
    s = m.sent[0]
    out: list = []
    for w in lex["leader_modifiers"]["words"]:
        for pos in _leader_ends(v, m, w):
            out += _actor_chain(v, s, pos)
    return out


def _leader_ends(v: DocView, m: _Mention, word: str) -> list[int]:
    """Where a leader modifier starts that ends at the name (past its 「) or inside it, before its head."""
    end = m.start
    while end > m.sent[0] and v.clean[end - 1] in "「『":
        end -= 1
    found = [end - len(word)] if v.clean.endswith(word, m.sent[0], end) else []
    i = v.clean.find(word, m.start, m.end)
    return found + ([i] if i != -1 else [])


def _actor_chain(v: DocView, s: int, pos: int) -> list:
    """Actors that end at pos, joined directly or by と/・/、, a title kept: '英仏|', '米国とウクライナ|',
    '日本国政府とウクライナ|'."""
    out: list = []
    for ent in reversed(v.ents(max(s, pos - 30), pos, {"GPE", "ORG", "PERSON", "LOC"})):
        if (ent.end != pos and _after_title(v, ent.end) != pos
                and v.clean[_after_title(v, ent.end):pos] not in ("と", "・", "、")) or \
                (ent.label == "GPE" and ent.kind != "country") or (ent.label == "LOC" and ent.kind != "continent"):
            break  # a continent acts as a party: 'ヨーロッパ主導の|「多国籍部隊」' gives Europe; a city does not
        out.append(ent)
        pos = ent.start
    return out[::-1]


def _own_proposing_verb(v: DocView, ent, m: _Mention, lex: dict) -> bool:
    """A proposing verb between a が-subject and the name with no other が-subject before it: 'Xが提案した…案',
    '米国が提案し、ウクライナが受け入れた停戦' give X and 米国; not '欧州側が頼みとするのは、欧州委員会が提案した
    制裁' (the verb is the Commission's, whose が comes first)."""
    end = m.end - len(m.core) if m.clause else m.start
    ga = v.clean.find("が", ent.end, end)  # the verbs after the subject's が: 'ウクライナ側が支配する…' has no 側 verb
    hit = find_all(v.clean, lex["proposer_verbs"], ga + 1 if ga != -1 else ent.end, end)
    if not hit:
        return False
    pos = _after_title(v, ent.end)
    for x in v.ents(ent.end, hit[0][0], {"GPE", "ORG", "PERSON"}):
        if v.clean[pos:x.start] in ("と", "・", "、", ""):
            pos = _after_title(v, x.end)
            continue  # '英国とフランスが主導する': joined to the subject, the same clause
        if v.clean.startswith("が", _after_title(v, x.end)):
            return False
    return not _closed_on_other_noun(v, hit[0], end)


def _closed_on_other_noun(v: DocView, hit: tuple, end: int, lex: Optional[dict] = None) -> bool:
    """The proposing verb ends a clause on another noun, and a later が-subject drafts the name:
    '米国が示した28項目の案に、ウクライナと欧州が修正を加えた|文書' (the document is theirs);
    not '米国が提案し、ウクライナが受け入れた停戦' (the verb goes on: 提案し、), nor '米国が示した案をめぐり、
    AとBが協議を重ね、|文書' (the later subject's clause drafts nothing before the name)."""
    after = hit[1]
    if re.match(r"(して|し|て|で)?[、，]", v.clean[after:after + 4]):
        return False
    lex = lex or _lex()
    return _later_subject(v, after, end, lambda between: _drafted_by(between, lex))


def _later_subject(v: DocView, lo: int, hi: int, drafts=None) -> bool:
    """An actor marked が between lo and hi (a state, a body, a person or a continent): 'ウクライナと欧州が'; with
    drafts, only one whose clause up to hi passes it ('…が修正を加えた|')."""
    return any(v.clean.startswith("が", _after_title(v, x.end)) and
               (x.kind == "country" if x.label == "GPE" else x.label != "LOC" or x.kind == "continent") and
               (drafts is None or drafts(v.clean[x.end:hi]))
               for x in v.ents(lo, hi, {"GPE", "ORG", "PERSON", "LOC"}))


def _side_of(v: DocView, ent) -> bool:
    """A region named as a party by 側 or joined to a state in a list of actors: '欧州側が提出した修正案',
    'ウクライナと欧州が求めてきた停戦', '欧州と米国が示した案' (Europe puts it forward); not '欧州で' (a place)
    nor 'ウクライナ東部と欧州を結ぶ' (joined to a region, not to a state)."""
    if ent.kind != "continent":
        return False
    if v.clean.startswith("側", ent.end):
        return True
    near = v.ents(max(0, ent.start - 16), ent.end + 16, {"GPE", "ORG", "PERSON"})
    return any((x.label != "GPE" or x.kind == "country") and
               ((x.end == ent.start - 1 and v.clean[x.end] in "と・や") or
                (x.start == ent.end + 1 and v.clean[ent.end] in "と・や")) for x in near)


def _coordinated(v: DocView, s: int, subject: list) -> list:
    """The last が-subject with the actors joined to it: 'ウクライナと米国が20項目の和平案を示した' gives both,
    'AとB銀行（…）などが' all of them (the gloss's own actor is the name's),
    '米国が…、ロシアが…案を示した' only ロシア (not joined by と/・/、)."""
    if not subject:
        return []
    last = subject[-1]
    glossed = [x for x in subject if x.end == last.start - 1 and v.clean[x.end] in "（("]
    last = glossed[-1] if glossed else last  # 欧州投資銀行（EIB）などが: the chain runs through the glossed name
    chain = [x for x in _actor_chain(v, s, last.end) if any(x.start == y.start for y in subject)]
    return chain or [last]


def _puts_forward_after(verb_after: str, lex: dict) -> bool:
    """The verb right after the name puts it forward: '中国が独自の和平案を示した' gives 中国; not '…案を支持した'
    nor '…案について協議した' (a が-subject is only read with a proposing verb). Not read in a headline, whose
    terse mention ('ロシアが条約草案を提示も') repeats the body's fuller name."""
    return verb_after.lstrip("」").startswith(("を", "も")) and \
        has_any(verb_after[:8], lex["status"]["proposed"]) is not None and not _answers_it(verb_after, lex)


def _founds(verb_after: str, lex: dict) -> bool:
    """The verb right after the name founds it: '…などが、「…ファンド」を立ち上げた', 'AとBは「…基金」を設立し' (the
    subject puts the body forward); not '「…基金」の設立に反対した' (no を-object founding verb)."""
    return verb_after.lstrip("」』").startswith(tuple(lex["founding_verbs"]["words"]))


def _requests_acceptance(verb_after: str, lex: dict) -> bool:
    """The subject asks the other side to accept the proposal, so it is the subject's own:
    'A国の首脳が…停戦を受け入れるようロシアに求めた', '…停戦に応じるようロシアに要求し' (requested_acceptance);
    not '…停戦を受け入れると表明した' (an answer), nor a request that closes before a comma ('…受け入れるよう、')."""
    ra = lex["requested_acceptance"]
    rest = verb_after.lstrip("」』")
    link = next((w for w in ra["links"] if rest.startswith(w)), None)
    if link is None:
        return False
    window = re.split(r"[、。]", rest[len(link):len(link) + ra["reach"]])[0]
    return has_any(window, ra["verbs"]) is not None


def _explains(verb_after: str, lex: dict) -> bool:
    """The verb right after the name explains it: '…「平和の公式」について説明した'; not '…について協議した'."""
    return verb_after.lstrip("」").startswith(tuple(lex["explaining_after"]["words"]))


def _answers_it(verb_after: str, lex: dict) -> bool:
    """The topic answers the proposal rather than putting it forward: 'ロシアは…停戦案を拒否した', 'Xは…案を
    支持'; not 'ウクライナは…停戦を求めましたが、ロシア側は応じませんでした' (its own verb proposes; the refusal
    comes after)."""
    answer = find_all(verb_after, lex["status"]["rejected"] + lex["support_verbs"] + lex["stance_nouns"])
    if not answer or _solicits_support(verb_after, answer[0], lex):
        return False
    own = find_all(verb_after, lex["proposer_verbs"])
    return not own or own[0][0] > answer[0][0] or "が、" not in verb_after[own[0][0]:answer[0][0]]


def _solicits_support(verb_after: str, answer: tuple, lex: dict) -> bool:
    """The support is asked for, not given: 'A氏は…「平和の公式」への支持も改めて求めた' (A's own plan);
    not 'A氏は…案への支持を表明した' (A backs another's plan)."""
    if answer[2] not in lex["support_verbs"] or not verb_after.startswith(("を", "も"), answer[1]):
        return False
    span = re.split(r"[、。]", verb_after[answer[1]:answer[1] + lex["soliciting_reach"]])[0]
    return has_any(span, lex["soliciting_support"]) is not None


def _drafted_by(between: str, lex: dict) -> bool:
    """A clause whose verb of drafting ends right at the name: '米国とウクライナが詰めている|20項目の和平案' gives
    both; not '…が詰めている。|和平案' nor 'ロシアが検討したうえで拒否した|案' (the clause goes on past the verb)."""
    return between.rstrip("「").endswith(tuple(lex["drafting_verbs"]))


def _speaks_from(v: DocView, m: _Mention, ent, lex: dict) -> bool:
    """A release's 'A大統領から、10項目から成る「平和の公式」について説明がありました': A puts it forward."""
    return v.clean.startswith("から", _after_title(v, ent.end)) and \
        has_any(v.clean[m.end:m.sent[1]], lex["speaker_from"]["after"]) is not None


def _adopts(ent, verb_after: str, lex: dict) -> bool:
    """A bloc or an organisation that adopts a proposal right after its name (or past a link, _past_link) is its
    proposer: 'G7は…融資する枠組みで合意した', 'NATOは…誓約を採択'; two states agreeing are parties, not
    proposers ('米露は…停戦で合意')."""
    body = ent.label == "ORG" or ent.kind == "bloc"
    return body and any(rest.startswith(w) for rest in _past_link(verb_after, lex) for w in lex["adopting_verbs"])


def _past_link(verb_after: str, lex: dict) -> list[str]:
    """The text after the name, as is and past a nominal link to the verb: 'G7首脳は…「ERA融資」の立ち上げで合意',
    'G7は…500億ドルを融資することで合意' (the link is read off; 'の立ち上げを延期' is no adopting verb after it)."""
    tail = verb_after.lstrip("」』")
    return [verb_after] + [tail[len(w):] for w in lex["adopting_links"] if tail.startswith(w)]


def _lends_it(m: _Mention, between: str, lex: dict) -> bool:
    """The subject of a loan's naming clause lends it: 'G7が凍結資産の運用益を原資として供与する「ＥＲＡ融資」'."""
    return m.rule == "proposal.lending" and m.clause > 0 and \
        has_any(between, lex["financing_mechanism"]["lending_verbs"]) is not None


def _adopts_as_means(ent, tail: str, lex: dict) -> bool:
    """A bloc that agrees on an action by means of the proposal puts it forward: 'G7は、…を返済に充てる仕組みで、
    年内に500億ドルを融資することで合意した'; not 'G7は…仕組みで、支援を続ける考えを示した' (no agreeing verb)."""
    body = ent.label == "ORG" or ent.kind == "bloc"
    return body and tail.lstrip("」").startswith(("で、", "を")) and \
        has_any(_unglossed(tail).split("。")[0][:60], lex["vp_triggers"]["agreed"]) is not None


def _led_by(v: DocView, m: _Mention, lex: dict) -> list:
    """The actors a leading clause modifies: '停戦後に部隊を派遣する構想を主導するイギリスとフランスは' gives both;
    not '…構想を主導する考えだ' (no actor after the verb)."""
    verb = next((w for w in lex["leading_verbs"] if v.clean.startswith(w, m.end)), None)
    if verb is None:
        return []
    out, pos = [], m.end + len(verb)
    for ent in v.ents(pos, min(m.sent[1], pos + 30), {"GPE", "ORG", "PERSON"}):
        if ent.start - pos > 1 or (ent.label == "GPE" and ent.kind != "country"):
            break
        out.append(ent)
        pos = _after_title(v, ent.end)
        if v.clean[pos:pos + 1] in ("は", "が", "も"):
            return out
        if v.clean[pos:pos + 1] not in ("と", "、", "・"):
            break
    return []


def _subjectless(v: DocView, s: int, m: _Mention) -> bool:
    """A sentence with no subject of its own goes on with the last one's: 'ゼレンスキー氏は訪米する。会談では、
    「勝利計画」を提示する' (nothing before the plan is marked は or が)."""
    return re.search(r"[はが]", v.clean[s:m.start].replace("では", "").replace("には", "")) is None


def _names_it(v: DocView, m: _Mention, ent, lex: dict) -> bool:
    """The subject inside a naming clause is the author: '…、米国が提示した枠組みに基づく案'."""
    return m.clause > 0 and ent.end < m.end - len(m.core) and v.clean.startswith("が", _after_title(v, ent.end)) \
        and has_any(v.clean[ent.end:m.end - len(m.core)], lex["proposer_verbs"]) is not None


def _bloc_own(v: DocView, m: _Mention, ent, lex: dict) -> bool:
    """A bloc or organisation named inside the name, right before its own document or body: 'G7共同宣言',
    'OSCE停戦監視団', 'NATOウクライナ理事会' (bloc_own_heads); not 'NATO加盟', 'NATO条約第5条に近い保証' nor a
    state ('米ウクライナ共同声明' is left to the other rules)."""
    if ent.label != "ORG" or (ent.country not in (None, "EU") and ent.kind != "bloc"):
        return False
    rest = v.clean[ent.end:m.end].rstrip("」』")
    return rest.endswith(tuple(lex["bloc_own_heads"])) and not re.search(r"[のにをがはと、]", rest)


def _previous_topic(v: DocView, s: int) -> list:
    """The topic of the sentence before s: 'ゼレンスキー大統領は…表明した。さらに20日には、…逆提案した' gives him."""
    i = v.sent_index(s)
    if i == 0:
        return []
    ps, _ = v.sentences[i - 1]
    for ent in v.ents(ps, s, {"GPE", "ORG", "PERSON"}):
        if (ent.label != "GPE" or ent.kind == "country") and v.clean.startswith("は", _after_title(v, ent.end)):
            return [ent]
    return []


def _acting_on(v: DocView, m: _Mention, lex: dict) -> list:
    """What the sentence does on someone's proposal was put forward by them: 'A大統領の提案を受け、双方が…攻撃を
    控えることに同意' gives A (and A's state). Only before the mention, in its sentence."""
    s, _ = m.sent
    out = [x for x in v.ents(s, m.start, {"GPE", "ORG", "PERSON"})
           if any(v.clean.startswith(a, _after_title(v, x.end)) for a in lex["acting_on"])
           and (x.label != "GPE" or x.kind == "country")]
    return _with_states(out)


def _possessive(v: DocView, m: _Mention, lex: dict) -> list:
    """The actor whose possessive is right before an authored head (or its count, or the name's 「) wrote it:
    'ロシアの修正案', 'ウクライナの10項目の「平和の公式」', '紛争の根本原因を問うロシアの|修正案' (before the core of
    a naming clause); not 'ウクライナの安全の保証' (not an authored head) nor 'ロシアの人権理事会の…決議'
    (another noun between the actor and the name)."""
    po = lex["possessive_owner"]
    named = (m.core or m.name).rstrip("」")
    head = max((h for h in po["heads"] if named.endswith(h)), key=len, default="")
    if not (head or v.clean[m.end:m.end + 2].lstrip("」").startswith("案")):
        return []
    s = m.sent[0]
    targets = {m.start} | ({m.end - len(m.core)} if m.clause and m.core else set()) | \
        ({m.end - len(head)} if head and m.name.endswith(head) else set())
    for target in sorted(targets):
        hit = _re()["possessive_gap"].search(v.clean, max(s, target - 20), target)
        if hit and hit.start() > s:
            chain = [x for x in _actor_chain(v, s, hit.start()) if not _in_quote(v, x.start, s)]
            if chain:
                return _with_states(chain)
    return []


def _reflexive(v: DocView, m: _Mention, lex: dict) -> list:
    """A reflexive possessor or subject right before the name gives the sentence's topic as its author: 'A大統領は、
    自らの和平案への支持を求めた', 'A氏は自国が掲げる10項目の和平案「…」' give A's state; with no topic in the
    sentence, the last sentence's ('A氏は…述べた。ただ、自らの和平案が前提だとの立場は崩していない'). Not when a
    comma or an actor stands between the reflexive and the name."""
    ro, s = lex["reflexive_owner"], m.sent[0]
    lo = max(s, m.start - ro["reach"])
    hits = [pos for pos, _, w in find_all(v.clean, ro["words"], lo, m.end)
            if pos <= m.start and v.clean.startswith(tuple(ro["links"]), pos + len(w))]  # or the name's first word
    if not hits:
        return []
    pos = hits[-1]
    if any(c in v.clean[pos:m.start] for c in "、。") or v.first(pos, m.start, {"GPE", "ORG", "PERSON"}):
        return []
    topic = [x for x in v.ents(s, pos, {"GPE", "ORG", "PERSON"}) if (x.label != "GPE" or x.kind == "country")
             and v.clean.startswith("は", _after_title(v, x.end)) and not _in_quote(v, x.start, s)]
    return _with_states(topic[-1:] or _previous_topic(v, s))


def _brokered(v: DocView, m: _Mention, lex: dict) -> list:
    """The broker of a deal named in its sentence: 'カタールの仲介で、ロシアとウクライナが…停止する合意を目指す'
    gives Qatar, '「…イニシアチブ」は、国連とトルコが仲介し' gives both; not '仲介に意欲を示した' (no marker)."""
    s, e = m.sent
    out: list = []
    for pos, _, _ in find_all(v.clean, lex["brokering"]["words"], s, e):
        out += _actor_chain(v, s, pos)
    return _with_states(out)


def _agreeing_parties(v: DocView, m: _Mention, lex: dict) -> list:
    """The subject of a mutual agreeing verb whose object is the proposal: 'A大統領とB大統領は…攻撃を30日間停止する
    ことで一致した' gives A's and B's states (agreeing_parties), as '両首脳は…で一致した' does (_both_sides). The
    leaders agree it together, so they stand in only when no other mention names its author (joint). Not '…案を
    受け入れた' (one side accepts), nor named states ('米国とロシアは…で合意した': parties, as the earlier rounds keep
    them), nor a subject in quotes, nor one after a both-sides word (_both_sides' case)."""
    ap, s = lex["agreeing_parties"], m.sent[0]
    tail = v.clean[m.end:m.sent[1]].lstrip("」』")
    obj = rf"(?:{alternation(ap['objects'])}[^。、「」]{{0,{ap['object_reach']}}}?)?"
    if re.match(rf"{obj}{alternation(ap['links'])}{alternation(ap['verbs'])}", tail) is None:
        return []
    subjects = [x for x in v.ents(s, m.start, {"GPE", "ORG", "PERSON", "LOC"})
                if v.clean.startswith(("は", "が"), _after_title(v, x.end)) and not _in_quote(v, x.start, s)
                and (x.label != "GPE" or x.kind == "country") and (x.label != "LOC" or x.kind == "continent")]
    if not subjects:
        return []
    pos = _after_title(v, subjects[-1].end)
    if has_any(v.clean[pos:m.start], lex["both_sides_subjects"] + lex["both_leaders_subjects"]):
        return []
    chain = _actor_chain(v, s, pos) or subjects[-1:]
    leaders = [x for x in chain if x.label == "PERSON" and x.country]
    titled = {x.end for x in leaders}  # トランプ|米|大統領: the state inside a leader's title is his
    if len(leaders) < 2 or any(x.label != "PERSON" and x.start not in titled for x in chain):
        return []  # '米国とロシアは…で合意した': named states stay parties (as 両首脳 names leaders, _both_sides)
    m.joint = True
    return _with_states(leaders)


def _unmarked_proposers(v: DocView, m: _Mention, lex: dict) -> list:
    """The last fallbacks, for a proposal whose sentence marks no proposer: the parties it was made between,
    the source a subjectless proposing clause is reported from, the referent of 同氏/同国."""
    return _between_parties(v, m, lex) or _reporting_source(v, m, lex) or _anaphoric_subject(v, m, lex) \
        or _joint_issuers(v, m, lex)


def _joint_issuers(v: DocView, m: _Mention, lex: dict) -> list:
    """'A首相は…B大統領と会談した。両首脳は…共同声明を発表した' gives A's and B's states (the subjects and partners
    _signatories finds); only for a joint head (共同声明, 宣言) whose sentence's subject before it is 両首脳/両外相."""
    named = (m.core or m.name).rstrip("」")
    if not named.endswith(tuple(lex["joint_heads"])) or \
            not find_all(v.clean, lex["joint_issuers"]["subjects"], m.sent[0], m.start):
        return []
    return _signatories(v, m)


def _between_parties(v: DocView, m: _Mention, lex: dict) -> list:
    """'JBICとウクライナ経済省との間で、…覚書が署名された' gives both; 'A氏は、米国との間で作成された|…枠組み'
    gives the US and A's state (one party named: the topic is the other); not '両国の間で戦闘が続く中、…停戦案'
    (the marker's clause closes before the name) nor a marker more than reach characters before it."""
    bp, s = lex["between_parties"], m.sent[0]
    hits = [h for h in find_all(v.clean, bp["markers"], max(s, m.start - bp["reach"]), m.start)
            if h[2] != "間で" or not v.clean.endswith("の", s, h[0])]
    if not hits:
        return []
    pos, end, _ = hits[-1]
    if has_any(v.clean[end:m.start], bp["breaks"]) or "。" in v.clean[end:m.start]:
        return []
    parties = [x for x in _actor_chain(v, s, pos) if not _in_quote(v, x.start, s)]
    if len(parties) == 1:
        parties = [x for x in v.ents(s, parties[0].start, {"GPE", "ORG", "PERSON"})
                   if (x.label != "GPE" or x.kind == "country")
                   and v.clean.startswith("は", _after_title(v, x.end))][-1:] + parties
    return _with_states(parties)


def _stateless_officials(v: DocView, proposer: list) -> list:
    """A person the gazetteer gives no state, named after his state and の, acts for it: 'ロシアのベルシーニン外務次官',
    '英国のリーブス財務相' give Russia and the UK (as a known leader gives his state, _with_states); a person with
    no state before him stays a person."""
    out = []
    for a in proposer:
        state = None
        if a.kind == "person" and a.canonical is None and a.start is not None and v.clean[a.start - 1:a.start] == "の":
            before = [x for x in v.ents(max(0, a.start - 12), a.start - 1, {"GPE"}) if x.end == a.start - 1]
            state = state_of(before[-1]) if before and before[-1].kind == "country" else None
        out.append(Actor(text=a.text, canonical=state.canonical, kind=state.kind, id=state.id, country=state.country,
                         start=a.start, end=a.end) if state else a)
    return dedup_actors(out)


TITLE_PARTIES_BACK = 30  # characters before the span where a title's 'AとBとの間の' may start


def _with_title_parties(v: DocView, m: _Mention, proposer: list, lex: dict) -> list:
    """The parties a document's title names, added to its proposers: '「…日本国政府とウクライナとの間のアコード」',
    '日・ウクライナ間の…共同声明' give both states (title_party_links, the marker right before or inside the span,
    no clause break between); not '両国間の戦闘が続く中、…停戦案' (a break), nor a title naming one party."""
    s = m.sent[0]
    lo = max(s, m.start - TITLE_PARTIES_BACK)
    hits = [h for h in find_all(v.clean, lex["title_party_links"], lo, m.end) if h[1] <= m.end]
    if not hits or any(c in v.clean[hits[-1][1]:m.start] for c in "、。"):
        return proposer
    parties = _actor_chain(v, s, hits[-1][0])
    if len(parties) < 2:
        return proposer
    return dedup_actors(_with_states(parties) + list(proposer))


def _reporting_source(v: DocView, m: _Mention, lex: dict) -> list:
    """'クレバ外相によりますと、…48時間の停戦を提案しましたが' gives the minister's state: the clause after the
    source has no actor of its own and its verb after the name proposes; not '…によると、ロシア側は…提案した'."""
    s = m.sent[0]
    hit = find_all(v.clean, lex["reporting_source"]["markers"], s, m.start)
    if not hit or not _proposes_unmarked(v, m, hit[-1][1], lex):
        return []
    lo = max(s, v.clean.rfind("、", s, hit[-1][0]) + 1)  # the source's own phrase: ポーランドの外相|によりますと
    source = [x for x in v.ents(lo, hit[-1][0], {"GPE", "ORG", "PERSON"}) if x.label != "GPE" or x.kind == "country"]
    return _with_states(source[-1:])


def _proposes_unmarked(v: DocView, m: _Mention, lo: int, lex: dict) -> bool:
    """A proposing verb soon after the name, with no actor from lo up to it: '…停戦を提案した'; not '…停戦に
    ついて、ロシア側は同意した' (an actor of its own before the verb)."""
    verbs = find_all(v.clean, lex["proposer_verbs"], m.end, min(m.sent[1], m.end + 12))
    return bool(verbs) and not [x for x in v.ents(lo, verbs[0][0], {"GPE", "ORG", "PERSON"})
                                if x.label != "GPE" or x.kind == "country"]  # 黒海での停戦: a place acts not


def _anaphoric_subject(v: DocView, m: _Mention, lex: dict) -> list:
    """'メジンスキー氏は…説明した。同氏はまた、…3日間の停戦を提案した' gives him (同国は: the last state
    named before the sentence); only when the verb after the name proposes."""
    an, s = lex["anaphoric_subjects"], m.sent[0]
    hit = find_all(v.clean, an["person"] + an["state"], s, m.start)
    if not hit or not _proposes_unmarked(v, m, hit[-1][1], lex):
        return []
    person = hit[-1][2] in an["person"]
    before = [x for x in v.ents(0, s, {"PERSON"} if person else {"GPE"})
              if person or x.kind == "country"]
    return _with_states(before[-1:])


def _requested_by(v: DocView, m: _Mention, lex: dict) -> list:
    """The side whose request or proposal another side accepts puts it forward, not the side that accepts:
    'トランプ氏の要請に応じて、ロシアは…攻撃を1週間控えることを受け入れた', '…停止するというトランプ氏の提案に同意し'
    give the US; not 'ウクライナの要請を受けて、…理事会を開く' (no acceptance of the mention)."""
    rb = lex["requested_by"]
    s, e = m.sent
    request = rf"{alternation(rb['titles'])}?の{alternation(rb['nouns'])}"
    after = v.clean[m.end:e]
    for ent in v.ents(s, e, {"GPE", "ORG", "PERSON"}):
        tail = v.clean[ent.end:e]
        hit = re.match(request + alternation(rb["links"]), tail)
        if hit is None:
            continue
        gap = m.start - (ent.end + hit.end())  # negative: the request opens the name ('…の要請に応じて…控える')
        before = ent.start < m.end and -len(m.name) <= gap <= rb["reach"] and "。" not in v.clean[ent.end:m.start] \
            and has_any(after[:rb["reach"]], rb["accepting"]) is not None
        named = ent.start >= m.end and re.match(r"[」』]?(?:する|した)?という$", v.clean[m.end:ent.start]) is not None
        if before or named:
            return _with_states([ent])
    return []


def _deal_broker(v: DocView, m: _Mention, lex: dict) -> list:
    """The broker comes first for a deal concluded ('米国の仲介で、双方は…停止することで合意した'); for a proposal
    only put forward it is a fallback: 'トルコの仲介による協議をめぐって、A大統領は…と述べ、ロシア側に提案した'
    is A's (the broker's talks are the setting, the sentence's proposer is A)."""
    return _brokered(v, m, lex) if m.status in ("agreed", "signed") else []


def _after_title(v: DocView, end: int) -> int:
    """The end of an actor's title: 'トランプ大統領|の提案'."""
    t = _re()["actor_title"].match(v.clean, end)
    return t.end() if t else end


def _parsed_proposers(v: DocView, m: _Mention, lex: dict) -> list:
    """Full profile: the subject (and, for a signing verb, the partners) of the verb that governs the proposal as
    its object: '欧州委員会は3日、…賠償融資を提案し、…求めた' gives the Commission, whatever lies between; a
    topic shared by coordinated clauses ('A氏は…会談し、…協定に署名した') is looked up the verb's chain.
    Empty in the fast profile or when the parse links the proposal to no proposing or signing verb."""
    syn, sl = v.syntax, lex["syntax"]
    if not syn.parsed:
        return []
    info = syn.case_of(m.start, m.end)
    gov = syn.phrases[info.phrase].head if info.phrase is not None else -1
    if gov < 0 or info.case not in sl["object_cases"]:
        return []
    lemma = syn.phrases[gov].lemma
    signing = lemma in sl["signing"] and m.status == "signed"
    if lemma not in sl["proposing"] and not signing:
        return []
    cases = set(sl["subject_cases"]) | (set(sl["partner_cases"]) if signing else set())
    k = gov
    for _ in range(3):
        roles = [d for r in syn.dependents(k, cases) for d in [r, *syn.dependents(r, set(sl["coordination_cases"]))]]
        ents = [x for d in roles for x in _role_entities(v, syn.phrases[d])]
        if ents:
            return _with_states(ents)
        p = syn.phrases[k]
        if p.dep not in sl["chain_deps"] or p.head < 0 or \
                not any(v.clean.endswith(c, p.start, p.end) for c in sl["chain_endings"]):
            break  # '…案を提出したが、ロシアが拒否権を行使' : a contrast starts another subject's clause
        k = p.head
    return []


def _role_entities(v: DocView, p) -> list:
    """The actors a subject or partner phrase names: a person, an organisation, a country (not a city)."""
    return [x for x in v.ents(p.start, p.end, {"GPE", "ORG", "PERSON"})
            if (x.label != "GPE" or x.kind == "country") and x.canonical]  # 中国外務省: China, not 外務省


def _both_sides(v: DocView, m: _Mention, lex: dict) -> list:
    """'双方が捕虜を交換することで合意した': a proposal whose sentence's subject is both sides (both_sides_subjects)
    is the two states the text names most often (the two parties of the talks). None when the text names
    fewer than two states, when second place is tied, or when the subject comes after the proposal
    ('案を示し、双方は…' is someone else's act on it)."""
    s, _ = m.sent
    hit = _both_sides_subject(v, m, lex)
    if hit is None:
        return []
    m.joint = True  # the parties stand in only when no other mention of the proposal names its author
    if hit in lex["both_leaders_subjects"]:
        return _last_two_leaders(v, s)
    states = [x for x in v.ents(0, len(v.clean), {"GPE"}) if x.kind == "country" and x.canonical]
    counts: dict = {}
    for ent in states:
        counts.setdefault(ent.canonical, []).append(ent)
    ranked = sorted(counts.values(), key=len, reverse=True)
    top = ranked[:2]
    if len(top) < 2 or (len(ranked) > 2 and len(ranked[2]) == len(top[1])):
        return _with_states(_paired_states(v, states))  # a tie for second place: the pair the text names together
    return _with_states([xs[0] for xs in top])


def _both_sides_subject(v: DocView, m: _Mention, lex: dict) -> Optional[str]:
    """The both-sides subject (双方は, 両首脳は) of the mention's sentence, or of the sentence before when this
    one has no subject of its own: '両首脳は…で合意した。…停戦の実施でも一致した'. None when the subject
    belongs to another clause: '双方が約束する「停戦」を提案し、ウクライナも…控える'."""
    s, words = m.sent[0], lex["both_sides_subjects"] + lex["both_leaders_subjects"]
    hits = find_all(v.clean, words, s, m.start)
    if not hits:
        i = v.sent_index(s)
        if i == 0 or not _subjectless(v, s, m) or "\n" in v.clean[v.sentences[i - 1][1]:s]:
            return None
        hits = find_all(v.clean, words, v.sentences[i - 1][0], s)
        lo = s
    else:
        lo = hits[-1][1]
    if not hits or "「" in v.clean[lo:m.start] or v.first(lo, m.start, {"GPE", "PERSON"}):
        return None
    return hits[-1][2]


def _last_two_leaders(v: DocView, s: int) -> list:
    """'トランプ大統領はプーチン大統領と電話で会談した。…両首脳は…で一致した': the states of the last two
    leaders of different states named before the sentence; [] when fewer than two are named."""
    out: list = []
    for x in reversed(v.ents(0, s, {"PERSON"})):
        state = state_of(x) if x.country else None
        if state is not None and all(state.canonical != y.canonical for y in out):
            out.append(state)
        if len(out) == 2:
            return out[::-1]
    return []


def _paired_states(v: DocView, states: list) -> list:
    """The two states the text names as a pair most often ('ロシアとウクライナの', 'ロ・ウクライナ', '米ロ'):
    the two sides of the talks when the counts of states tie; [] when no pair or two pairs tie."""
    pairs: dict = {}
    for a, b in zip(states, states[1:]):
        if a.canonical != b.canonical and v.clean[a.end:b.start] in ("", "と", "・", "、"):
            pairs.setdefault(frozenset((a.canonical, b.canonical)), []).append((a, b))
    ranked = sorted(pairs.values(), key=len, reverse=True)
    if not ranked or (len(ranked) > 1 and len(ranked[1]) == len(ranked[0])):
        return []
    return list(ranked[0][0])


def _with_states(ents: list) -> list:
    """The proposers as actors; a leader stands for the state he acts for: ゼレンスキー大統領が提案 gives one
    actor, Ukraine, whose text is the leader's name (an official's proposal is his government's). A person
    with no state (or a state the gazetteer lacks) stays a person."""
    out = []
    ends = {x.end for x in ents if x.canonical}
    for ent in ents:
        if not ent.canonical and ent.start in ends:
            continue  # 中国外務省: China's ministry is China, not a second, unnamed actor
        state = state_of(ent) if ent.label == "PERSON" and ent.country else None
        out.append(state or (actor_of(ent) if ent.label == "LOC" else _as_proposer(ent)))
    return [a for a in dedup_actors(a for a in out if a is not None)]


def _adopted_at(v: DocView, m: _Mention, lex: dict) -> list:
    """The bloc whose meeting adopted the proposal named right after: 'G7サミットにおいて合意された「ERA融資」',
    'G7首脳会議で合意された、…「融資」', 'G7サミットで合意した、総額500億ドル規模の「ERA融資」' (a relative clause
    before a modifier ending in の), '有志連合の首脳会議で署名された「…宣言」' give the bloc; not
    '復興会議で採択された「…宣言」' (no bloc: a conference's hosts are not told) nor 'G7サミットで、日本は…案を
    示した' (no adopting passive)."""
    aa = lex["adopted_at"]
    gap = rf"(?:[、，](?:[^。、，「」『』]{{1,{aa['gap_max']}}}?の)?)?"
    tail = rf"(?:{alternation(aa['owner_links'])}?{alternation(aa['meetings'])})?{alternation(aa['links'])}" \
        rf"{alternation(aa['agents'])}?{alternation(aa['verbs'])}{gap}[「『]?$"
    for g in v.ents(m.sent[0], m.start, {"ORG"}):
        if g.kind == "bloc" and re.match(tail, v.clean[_after_title(v, g.end):m.start]):
            return _with_states([g])
    return []


def _parent_bloc(v: DocView, m: _Mention, lex: dict) -> list:
    """A body whose whole name the gazetteer knows as a bloc's organ sets its bloc up: 「NATOウクライナ理事会」 (one
    entity, of NATO) gives NATO, as 'G7共同宣言' gives the G7 (_bloc_own) when the bloc is an entity of its own;
    not a body of a state ('米ウクライナ合同委員会'), nor one whose head is no body or document (bloc_own_heads)."""
    name = v.clean[m.start:m.end].strip("「」『』")
    for ent in v.ents(m.start, m.end, {"ORG"}):
        if ent.country in lex["parent_blocs"] and ent.text == name and name.endswith(tuple(lex["bloc_own_heads"])):
            return [a for a in [state_of(ent)] if a is not None]
    return []


def _with_led_group(v: DocView, m: _Mention, proposer: list, lex: dict) -> list:
    """A bloc and the states that lead it put the proposal forward together: '英仏が主導する「有志連合」の多国籍部隊'
    or '英仏主導の有志国連合は…部隊を提案した' give 英, 仏 and the coalition, whichever of them was found; not
    'ロシア主導の会議で…' (no bloc led) nor a bloc whose leaders are not among the proposers."""
    have = {a.canonical for a in proposer if a.canonical}
    if not have:
        return proposer
    s = m.sent[0]
    for g in v.ents(s, m.end, {"ORG"}):
        if g.kind != "bloc":
            continue
        end = g.start
        while end > s and v.clean[end - 1] in "「『":
            end -= 1
        word = next((w for w in lex["led_group_words"] if v.clean.endswith(w, s, end)), None)
        chain = _actor_chain(v, s, end - len(word)) if word else []
        if chain and (g.canonical in have or have & {x.canonical for x in chain}):
            proposer = dedup_actors(proposer + _with_states(chain + [g]))
    return proposer


def _with_partners(v: DocView, m: _Mention, proposer: list, lex: dict) -> list:
    """The partners the act is done with are co-proposers: '…氏はB氏と共同で和平案を発表した', 'XはY銀行などと
    組んで「…基金」を創設する', 'AはBと共に「…連合」を主導している' add B; not 'Aは、会談するとともに…' (a verb)."""
    s = m.sent[0]
    lo = max(s, m.start - lex["partner_reach"])
    for ent in v.ents(lo, m.start, {"GPE", "ORG", "PERSON"}):
        rest = v.clean[_after_title(v, ent.end):m.start]
        if (ent.label == "GPE" and ent.kind != "country") or not re.match(_re()["partner"], rest):
            continue
        chain = _actor_chain(v, s, ent.end) or [ent]
        proposer = dedup_actors(proposer + _with_states(chain))
    return proposer


def _signatories(v: DocView, m: _Mention) -> list:
    """Who signed a signed document: the states of the subjects and partners before it in the sentence
    ('A氏は…B首相と会談し、…協定に署名した' gives A's and B's states), and the states its name joins
    ('日ウクライナ…アコード'). When the sentence names none ('両首脳は…署名した'), the previous sentence's leaders."""
    s, _ = m.sent
    found = [x for x in v.ents(m.start, m.end, {"GPE"}) if x.kind == "country"]
    for lo, hi in ((s, m.start), v.sentences[max(0, v.sent_index(s) - 1)]):
        found += [x for x in v.ents(lo, min(hi, m.start), {"GPE", "PERSON", "ORG"}) if _signs(v, x, lo)]
        if len(found) >= 2:
            break
    states = [_as_proposer(x) if x.label == "ORG" else state_of(x) for x in found]
    return dedup_actors(a for a in states if a is not None)


def _signs(v: DocView, x, lo: int) -> bool:
    """Whether an entity is the subject or partner of a signing sentence: a person, a country or a bloc marked
    as such ('A氏は', '英国と', '「有志連合」は' quoted as a whole); not a name inside a quotation
    ('「米国は…」と述べ'), nor an organisation that is not a bloc ('国連は' signs for no one here)."""
    if not (x.label == "PERSON" or x.kind == "country" or (x.label == "ORG" and x.kind == "bloc")):
        return False
    wrapped = v.clean[x.start - 1:x.start] in ("「", "『") and v.clean.startswith(("」", "』"), x.end)
    if not _re()["signatory"].match(v.clean, x.end + wrapped):
        return False
    return wrapped or not _in_quote(v, x.start, lo)


def _origin_proposers(v: DocView, m: _Mention, lex: dict, by_sent: dict) -> list:
    """The next sentence tells where it came from: '…「ウクライナ・ファシリティー」を紹介した。欧州委員会が
    前日に創設を提案したもので、…' gives the Commission. Only when that sentence names no proposal itself."""
    i = v.sent_index(m.start)
    if i + 1 >= len(v.sentences):
        return []
    s, e = v.sentences[i + 1]
    origin = re.search(alternation(lex["origin_markers"]), v.clean[s:e])
    if origin is None or (s, e) in by_sent:
        return []
    out = []
    for ent in v.ents(s, s + origin.start(), {"GPE", "ORG", "PERSON"}):
        between = v.clean[ent.end:s + origin.start()]
        if between.startswith("が") and has_any(between, lex["proposer_verbs"]):
            out.append(ent)
    return _with_states(out)


def _head_ok(v: DocView, hs: int, he: int, w: str, s: int, e: int, lex: dict) -> bool:
    ent = v.entity_at(hs)
    if ent is not None and (ent.label in ("PERSON", "GPE")
                            or (ent.label in ("ORG", "LOC", "FAC") and ent.source == "gazetteer"
                                and not _being_set_up(v, ent.end, lex))):
        return False  # 欧州委員会 is an institution that exists, not a proposal
    if _KATAKANA.match(w[0]) and hs > s and _KATAKANA.match(v.clean[hs - 1]) and v.clean[hs - 1] != "・":
        return False  # ドローン is no ローン; ウクライナ・ファシリティー is a ファシリティー (the dot parts words)
    if w == "案" and v.clean[hs - 1:hs] and v.clean[hs - 1] in lex["not_plan_an_prefix"]:
        return False
    # 計画的, 基金拠出: not the head of the phrase
    return not (he < e and _COMPOUND.match(v.clean[he]) and v.clean[he] not in "・" and
                not any(v.clean.startswith(h, he) for h in lex["heads"]))


def _put_forward(v: DocView, m: _Mention, lex: dict) -> bool:
    """A proposing verb takes the head as its object: '和平案をまとめ、示した'; not '和平計画について見方を示した'."""
    return v.clean.startswith("を", m.end) and has_any(v.clean[m.end:m.end + 8], lex["proposer_verbs"]) is not None


def _put_forward_before(v: DocView, m: _Mention, lex: dict) -> bool:
    """An actor's proposing clause right before the head: 'アメリカが提示した|和平計画', '英仏がまとめた|案';
    not '各国が議論した|和平案' (no proposing verb) nor 'これまでに提示された|和平案' (no actor)."""
    for verb in lex["put_forward_before"]:
        if v.clean.endswith(verb, m.sent[0], m.start):
            return bool(_actor_chain(v, m.sent[0], m.start - len(verb)))
    return _put_forward_to(v, m, lex)


def _put_forward_to(v: DocView, m: _Mention, lex: dict) -> bool:
    """An actor's proposing clause with its addressee before the head: 'アメリカがウクライナと欧州に示した|和平案',
    '米国がロシアに提示した|停戦案'; not '各国が国連に報告した|和平案' (no proposing verb)."""
    before = v.clean[m.sent[0]:m.start]
    for verb in lex["put_forward_before"]:
        x = re.search(rf"が[^、。「」がは]{{1,{_ADDRESSEE_MAX}}}に{re.escape(verb[1:])}$", before)
        if verb.startswith("が") and x is not None:
            return bool(_actor_chain(v, m.sent[0], m.sent[0] + x.start()))
    return False


_ADDRESSEE_MAX = 12  # characters of the addressee between が and に: アメリカが|ウクライナと欧州|に示した


_SETUP_ADVERB_MAX = 6  # characters of an adverb between を and the setting-up verb: をそれぞれ設け


def _being_set_up(v: DocView, end: int, lex: dict, verbs: Optional[list[str]] = None) -> bool:
    """A known body the text builds is still a proposal: '「有志連合」の構築で一致'; '有志連合に部隊を出す' is not."""
    after = v.clean[end:end + 9 + _SETUP_ADVERB_MAX].lstrip("」")
    adverb = has_any(after[1:1 + _SETUP_ADVERB_MAX], lex["setup_adverbs"]) if after.startswith("を") else None
    if adverb is not None and after.startswith(adverb, 1):  # 高官チームをそれぞれ設ける
        after = "を" + after[1 + len(adverb):]
    return has_any(after[:7], verbs or lex["setup_after"]) is not None


def _mentions(v: DocView) -> list[_Mention]:
    """Every proposal mention: head nouns (with their clause), quoted appositions, verb phrases."""
    lex = _lex()
    out = []
    for s, e in v.sentences:
        out += _set_up_body_mentions(v, s, e, lex)  # first: on the same span it wins over the bare head's reading
        out += _head_mentions(v, s, e, lex)
        out += _apposition_mentions(v, s, e, lex)
        out += _vp_mentions(v, s, e, lex)
        out += _quoted_name_mentions(v, s, e, lex)
        out += _lending_mentions(v, s, e, lex)
        out += _count_mentions(v, s, e, lex)
        out += _package_mentions(v, s, e)
        out += _signed_document_mentions(v, s, e, lex)
        out += _named_by_form_mentions(v, s, e, lex)
        out += _ratio_exchange_mentions(v, s, e, lex)
        out += _limited_extension_mentions(v, s, e)
        out += _occasion_truce_mentions(v, s, e, lex)
        out += _stewardship_mentions(v, s, e, lex)
    out = _outermost(_drop_carriers(v, out, lex))
    heads_named = {m.head for m in out if m.name != m.head and not (_own_version(m) or m.by_country)}
    kept = [m for m in out if m.name != m.head or m.head not in heads_named  # bare 覚書 when ロシア側の覚書 exists
            or _quoted_first(v, m, out)]
    dropped, out = [m for m in out if not any(m is k for k in kept)], kept
    by_sent: dict = {}
    for m in out:
        by_sent.setdefault(m.sent, []).append(m)
    for m in out:
        _fill(v, m, by_sent, lex)  # in text order: a mention's proposers may read those before it
    _carry_bare_status(v, dropped, out, lex)
    _carry_bare_points(dropped, out)
    return [m for m in out if not m.bare]


def _fill(v: DocView, m: _Mention, by_sent: dict, lex: dict) -> None:
    """A mention's fields from its text: status, proposers (signatories, character rules, the parse), date,
    and the cues the grouping reads (set up, topic, said of, advocated, bare)."""
    m.status = m.status or _status(v, m, lex) or _cleft_status(v, m, lex) or _side_document(v, m) \
        or _governed_status(v, m, lex)
    m.status = _request_answered(v, m, lex) or _signed_set_up(v, m, lex) or m.status
    signed = _signatories(v, m) if m.status == "signed" else []
    chars = _proposers(v, m, lex) or _origin_proposers(v, m, lex, by_sent)
    m.said_by = bool(signed or chars)  # the character rules' answer decides whether it is specific
    m.bare = m.bare and not (chars and _put_forward(v, m, lex)) \
        and not _put_forward_before(v, m, lex)  # 和平案 nobody puts forward: dropped below
    chars = chars or _possessive(v, m, lex) or _reflexive(v, m, lex) or _acting_on(v, m, lex) \
        or _brokered(v, m, lex) \
        or _both_sides(v, m, lex) or _agreeing_parties(v, m, lex) or _unmarked_proposers(v, m, lex) \
        or _adopted_at(v, m, lex) or _parent_bloc(v, m, lex)
    m.owned = bool(chars)
    m.proposer = _requested_by(v, m, lex) or _deal_broker(v, m, lex) or signed or _parsed_proposers(v, m, lex) \
        or chars
    m.proposer = _with_partners(v, m, _with_led_group(v, m, m.proposer, lex), lex)
    m.proposer = _with_title_parties(v, m, _stateless_officials(v, m.proposer), lex)
    m.date = _date(v, m, by_sent[m.sent])
    m.setup = has_any(v.clean[m.end:m.end + 8], lex["setup_after"]) is not None
    after = v.clean[m.end:min(m.sent[1], m.end + 20)]
    m.topic = has_any(v.clean[m.end:m.end + 7], lex["topic_markers"]) is not None and \
        any(has_any(v.clean[m.end:m.sent[1]], w) for w in lex["status"].values())
    m.predicate = _said_of(v, m, after, lex)
    m.advocated = _advocated(v.clean[m.end:m.sent[1]], lex)


def _cleft_before(v: DocView, m: _Mention, lex: dict) -> str:
    """The clause before a quoted mention in the focus of a cleft ('ロシアが拒否したのは、|「…」だ'), or ''; an unquoted
    focus ('合意したのは、…を融資する枠組みだ') is left to the other rules."""
    if not m.quoted:
        return ""
    before = v.clean[max(m.sent[0], m.start - 20):m.start].rstrip("「")
    return before if before.endswith(tuple(lex["cleft_links"])) else ""


def _cleft_status(v: DocView, m: _Mention, lex: dict) -> Optional[str]:
    """The status a cleft's verb gives its focus: 'ロシアが拒否したのは「…」だ' is rejected, '提案したのは' proposed."""
    before = _cleft_before(v, m, lex)
    return next((st for st in ("rejected", "signed", "agreed", "proposed") if has_any(before, lex["status"][st])),
                None) if before else None


def _said_of(v: DocView, m: _Mention, after: str, lex: dict) -> bool:
    """Whether a verb is said of the mention: after it ('「賠償融資」を提案した'), or before it when it is the focus of
    a cleft ('欧州委が提案したのは「賠償融資」だ', cleft_links); not '「賠償融資」の文字が躍った'
    (nothing said of it)."""
    if any(has_any(after, words) for words in lex["status"].values()):
        return True
    if has_any(after.lstrip("」")[:6], lex["direct_proposed"]) is not None:
        return True
    return _cleft_status(v, m, lex) is not None


def _carry_bare_status(v: DocView, dropped: list[_Mention], kept: list[_Mention], lex: dict) -> None:
    """A bare head dropped for a fuller name of it (首脳宣言 beside NATO首脳宣言) still tells what was done to the
    document: '10日に採択した首脳宣言は…' or '会場で共同宣言を発表した' gives the named mention without a status of
    its own its decisive status (agreed, signed, rejected); not a proposing verb (proposed is no settlement), nor a
    named mention that already has a status, nor a head that is no document (部隊 beside 多国籍部隊)."""
    for m in dropped:
        if m.head not in lex["head_names"]:
            continue
        status = _status(v, m, lex)
        if status not in ("signed", "agreed", "rejected"):
            continue
        same = [x for x in kept if x.head == m.head and x.status is None and not x.bare]
        if same:
            nearest = min(same, key=lambda x: abs(x.start - m.start))
            nearest.status = status


def _carry_bare_points(dropped: list[_Mention], kept: list[_Mention]) -> None:
    """A bare head dropped for a fuller name of it still gives its count: with 'ウクライナの平和の公式' kept,
    '10項目から成る平和の公式' later in the text hands its 10 points to the named mention of the same head."""
    for m in dropped:
        same = [x for x in kept if x.head == m.head and x.points is None and not x.bare] if m.points else []
        if same:
            min(same, key=lambda x: abs(x.start - m.start)).points = m.points


class _Named(NamedTuple):
    """A head noun found in a sentence (s, e) with the name it heads: the name runs from ``start`` to the
    head's end ``he``; ``plain`` is where the name would start without a relative clause."""
    s: int
    e: int
    hs: int
    he: int
    w: str
    start: int
    plain: int
    name: str


def _head_mentions(v: DocView, s: int, e: int, lex: dict) -> list[_Mention]:
    """A head noun (計画, 覚書, 停戦案 ...) with its modifiers; a clause head also with its relative clause.
    Stages: the head and what follows it (:func:`_head_rejected`), a bloc head's bloc, the name's bounds
    (:func:`_name_bounds`), the name and its modifier (:func:`_name_rejected`, :func:`_generic_rejected`),
    then the mention (:func:`_head_mention`)."""
    out = []
    for hs, he, w in find_all(v.clean, lex["heads"], s, e):
        number = _NUMBER.match(v.clean, he) if w in lex["numbered_heads"] else None
        he = number.end() if number else he  # 安保理決議2202号: the number is part of the name
        if _head_rejected(v, s, e, hs, he, w, lex):
            continue
        bloc = _names_bloc(v, _left(v, hs, s), hs) if w in lex["bloc_heads"] else None
        if w in lex["bloc_heads"] and bloc is None:
            continue
        start, plain = _name_bounds(v, s, hs, w, lex)
        c = _Named(s, e, hs, he, w, start, plain, _balanced(v.clean[start:he].strip("「」 　")))
        if not c.name or _name_rejected(v, c, lex) or _generic_rejected(v, c, lex):
            continue
        out.append(_head_mention(v, c, number is not None, bloc, lex))
    return out


def _head_rejected(v: DocView, s: int, e: int, hs: int, he: int, w: str, lex: dict) -> bool:
    """The head itself, or what follows it, says it names no proposal here: a head the sentence does not
    allow, a count or grant that is not its own, a word after it (not_after), a citation, a document not
    issued, an evaluation, a listing, or a proposal acted on (Xの提案を受け、…: named by what follows)."""
    if not _head_ok(v, hs, he, w, s, e, lex) or (w in lex["modifier_only_heads"] and not _span_extension(v, s, hs)):
        return True
    if not _counted_ok(v, s, hs, w, lex) or not _granted_ok(v, he, w, lex):
        return True
    after = _past_gloss(v, he)
    if any(v.clean.startswith(x, he) or v.clean.startswith(x, he + 1) or v.clean.startswith(x, after)
           for x in lex["not_after"]) \
            or _cited(v, he, w, lex) or _not_issued(v, he, w, lex) or _evaluative(v, s, hs, he, lex) \
            or _listing(v, he, w, lex):
        return True
    return not _body_ok(v, hs, he, w, lex) or any(v.clean.startswith(a, hs - 1) for a in lex["acting_on"])


def _name_bounds(v: DocView, s: int, hs: int, w: str, lex: dict) -> tuple[int, int]:
    """Where the name starts (with a clause head's relative clause) and where it would start without it:
    past a frequency word, at a quoted idea right before the head (「前線凍結」案), past a generic word."""
    plain = _left(v, hs, s)
    start = _left(v, hs, s, clause=w in lex["clause_heads"])
    plain, start = _past_frequency(v, plain, hs), _past_frequency(v, start, hs)
    if start == plain == hs and w in lex["quoted_idea_heads"]:
        start = plain = _quoted_idea(v, s, hs, lex)
    if start == plain == hs and w in lex["bare_truce"]["heads"]:
        start = plain = _bare_truce_start(v, s, hs)
    if start == plain == hs:
        start, plain = _past_generic(v, s, hs, w in lex["clause_heads"] and w not in lex["clause_only_heads"], lex)
    return start, plain


BARE_TRUCE_REACH = 24  # characters before a bare truce noun read for its modifiers: 24時間から48時間の短い|停戦


def _bare_truce_start(v: DocView, s: int, hs: int) -> int:
    """Where a bare truce noun's name starts when an adverb or a size adjective (with its span) stands right before
    it, which _left does not read: '一方的に停戦を実施' is 一方的に停戦, '24時間から48時間の短い停戦' names all of it
    (bare_truce); '停戦を実施' stays 停戦."""
    x = _re()["bare_truce"].search(v.clean, max(s, hs - BARE_TRUCE_REACH), hs)
    return x.start() if x is not None and x.end() == hs else hs


def _name_rejected(v: DocView, c: _Named, lex: dict) -> bool:
    """The name is not a proposal's: determined by a demonstrative, a sum or money it names, a batch or a
    session of documents, a wish, a list item, a bare clause head, or a topic only."""
    s, hs, he, w, start, plain = c.s, c.hs, c.he, c.w, c.start, c.plain
    if _determiner_at(v, max(s, start - 8), start, lex) or _adjacent_determiner(v, s, start, hs, lex) \
            or _determiner_before_head(v, start, hs, lex):
        return True
    mod = v.clean[start:hs].strip("「」")
    if _determined(v.clean[plain:hs].strip("「」"), mod, lex) or _sum_modifies(v, start, hs) or \
            _money_named(v, plain, hs, he, w, lex):
        return True
    if _batch(v.clean[start:hs], w, lex) or _session(v.clean[start:hs], w, lex) or _wished(mod, w, lex):
        return True
    return _list_item(v, start, he, c.name, w) or (w in lex["clause_only_heads"] and start == plain
                                                   and not _compound_named(v, plain, hs, he)
                                                   and not _settled_on_date(v, s, plain, lex)
                                                   and not _signed_by_states(v, s, start, he, lex)) or \
        _topic_only(v.clean[start:plain], w, lex)


def _generic_rejected(v: DocView, c: _Named, lex: dict) -> bool:
    """A generic name (その案, 新たな計画) proposes nothing concrete, unless something makes it specific: a
    specific truce, a bare head named by its proposer, a counted quote, a date it was settled on, an agreed
    truce, states that signed it, or a quoted bare head (「停戦」)."""
    s, hs, he, w, start, name = c.s, c.hs, c.he, c.w, c.start, c.name
    mod = v.clean[start:hs].strip("「」")
    specific_truce = w in lex["bare_ok"] and (
        has_any(v.clean[max(s, hs - 16):he], lex["specific_truce_before"])
        or has_any(v.clean[he:he + 8], lex["specific_truce_after"]))
    bare = name == w and w in lex["proposer_named_heads"]
    return (name in lex["generic_names"] or (_generic_modifier(mod, lex) and not _named_before(mod, lex))) \
        and not specific_truce and not bare and not _counted_quote(v, s, start) \
        and not _settled_on_date(v, s, start, lex) and not _agreed_truce(v, s, start, w, lex) \
        and not _signed_by_states(v, s, start, he, lex) \
        and not (v.clean[start - 1:start] == "「" and v.clean[he:he + 1] == "」" and w in lex["bare_ok"])


def _head_mention(v: DocView, c: _Named, numbered: bool, bloc: Optional[str], lex: dict) -> _Mention:
    """The mention of an accepted name: its count of points, quoting, clause, bloc and country."""
    s, hs, he, w, start, plain, name = c.s, c.hs, c.he, c.w, c.start, c.plain, c.name
    pts = _re()["points"].search(name) or _re()["points_before"].search(v.clean[max(s, start - 12):start])
    pts = None if pts and _target_counted(name, w, pts.end(), lex) else pts
    m = _Mention(start, he, w, name, (s, c.e), quoted=_quoted(v, start, he),
                 points=int(pts.group(1).translate(_DIGITS)) if pts else None,
                 clause=plain - start if start < plain else 0,
                 rule="proposal.head_noun+clause" if start < plain else "proposal.head_noun",
                 core=_unwrapped(v.clean[plain:he]))
    m.quoted = m.quoted or numbered
    m.bloc, m.bare = bloc, name == w and w in lex["proposer_named_heads"]
    if w in lex["bare_truce"]["heads"] and start < hs and start == _bare_truce_start(v, s, hs):
        m.named_phrase = w  # 一方的に停戦 is still 停戦 too
    g = v.first(start, hs, {"GPE"})
    if g is not None and g.kind == "country" and v.clean[g.end:he] in lex["country_reference"] and start == plain:
        m.by_country = g.canonical
    return m


QUOTED_IDEA_MAX = 14  # characters of a quoted idea right before 案: 「前線凍結」案, 「空と海の停戦」案


def _quoted_idea(v: DocView, s: int, hs: int, lex: dict) -> int:
    """Where a quoted idea that names the plan head right after it opens: '停戦へ「前線凍結」案' is the plan of
    freezing the front line (quoted_idea_heads); hs when no quote closes right before the head. The idea must
    say what kind of plan it is and hold no head of its own: not '「共同運営」案' (no kind), nor '「空と海の停戦」案'
    (the truce inside is read by its own head)."""
    if v.clean[hs - 1:hs] != "」":
        return hs
    q = v.clean.rfind("「", max(s, hs - 1 - QUOTED_IDEA_MAX), hs - 1)
    inner = v.clean[q + 1:hs - 1] if q >= 0 else ""
    if len(inner) < 2 or any(c in inner for c in "「」。、") or has_any(inner, lex["heads"]) is not None:
        return hs
    return q if _kind(inner, lex) != "other" else hs


def _truce_noun(head: str, lex: dict) -> str:
    """The truce noun of an occasion truce's head: 停戦 for '戦闘を停止' (復活祭に合わせ…戦闘を停止 is 復活祭の停戦)."""
    return head if head in lex["bare_ok"] else lex["occasion_truce"]["truce_noun"]


def _occasion_truce_mentions(v: DocView, s: int, e: int, lex: dict) -> list[_Mention]:
    """A truce named by the occasion it is timed to, declared by one side: '復活祭に合わせてロシア側が宣言した停戦',
    '戦勝記念日に合わせて一方的に宣言した8～10日の「停戦」', '記念日に合わせ、8日から10日までの3日間を一方的に
    「停戦」としていた' (proposal.occasion_truce). It is also named '<occasion>の<head>' (復活祭の停戦) and by its
    span ('3日間の停戦'). Not '復活祭に合わせて攻撃を強めた' (no truce head), nor 'クリスマスまでに停戦を' (not timed
    to it)."""
    ot = lex["occasion_truce"]
    out = []
    for x in _re()["occasion_truce"].finditer(v.clean, s, e):
        occasion, head = x.group(1), x.group(3)
        span = _re()["span"].search(x.group(2))
        name = x.group(0) if "「" in x.group(0) else x.group(0).rstrip("」")  # 「復活祭の停戦」: the title's quote
        out.append(_Mention(x.start(), x.end(), head, name, (s, e), rule="proposal.occasion_truce",
                            vp_kind="ceasefire", noun_form=occasion + "の" + _truce_noun(head, lex),
                            plain_form=span.group(0) + "の" + _truce_noun(head, lex) if span else ""))
    return [m for m in out if has_any(m.name, ot["occasions"]) is not None]


def _agreed_truce(v: DocView, s: int, start: int, w: str, lex: dict) -> bool:
    """A bare truce (bare_ok) whose clause right before it says it was agreed is the deal itself:
    '米国の仲介で双方が合意した停戦は、1日に発効した' (who agreed it is said); not '停戦を求めた', nor a passive
    '署名された停戦合意' with no date or party (which deal is not said: _settled_on_date)."""
    return w in lex["bare_ok"] and v.clean[s:start].endswith(tuple(lex["agreed_truce_clauses"]))


def _listing(v: DocView, he: int, w: str, lex: dict) -> bool:
    """A list someone is put on or taken off is a blacklist in use, not a proposal: '同国の銀行を「戦争支援者」の
    リストに載せた', '制裁リストに加えた' (listing.after); not 'リストの作成を提案した'."""
    return w in lex["listing"]["heads"] and v.clean.startswith(tuple(lex["listing"]["after"]), he)


_FREQUENCY = re.compile(r"[0-9０-９]+(?:回|度|件)")


def _past_frequency(v: DocView, start: int, hs: int) -> int:
    """A count of times right before the head is no part of its name: '35回停戦に違反した' is the truce (停戦)
    broken 35 times, not a '35回停戦'."""
    f = _FREQUENCY.match(v.clean, start)
    return hs if f and f.end() == hs else start


_GLOSS_AFTER = re.compile(r"[（(][^（）()「」。]{1,20}[）)]")


def _past_gloss(v: DocView, he: int) -> int:
    """Where the text goes on after a head's gloss: '新戦略兵器削減条約（新START）|の履行停止'."""
    g = _GLOSS_AFTER.match(v.clean, he)
    return g.end() if g else he


def _target_counted(name: str, w: str, end: int, lex: dict) -> bool:
    """'28項目の計画に対する修正案の対案': the count is the answered plan's, not the counter-proposal's."""
    return w in lex["counter_only_heads"] and has_any(name[end:], lex["counter_target_links"]) is not None


def _counted_ok(v: DocView, s: int, hs: int, w: str, lex: dict) -> bool:
    """A counted-only head names a proposal after its count: '欧州委が示した7項目の改革', '9項目の条件が付いた';
    not '停戦の条件として…', '司法改革を進める' (no count: a word, not a list put forward)."""
    if w not in lex["counted_only_heads"] or _re()["points_before"].search(v.clean[max(s, hs - 12):hs]) is not None:
        return True
    return _small_count_before(v.clean[max(s, hs - 6):hs], lex)


def _small_count_mentions(v: DocView, s: int, e: int, lex: dict) -> list[_Mention]:
    """A counted-only head counted with つ names a list put forward: '和平のための「5つの条件」を示した' is '5つの
    条件' with 5 points (the head alone, 条件, is generic and _head_mentions drops it). Not '2つの国' (no
    counted-only head), nor '条件を示した' (no count)."""
    heads = alternation(lex["counted_only_heads"])
    pattern = re.compile(rf"(?<![0-9０-９])([0-9０-９]{{1,2}})つの({heads})")
    out = []
    for x in pattern.finditer(v.clean, s, e):
        quoted = v.clean[x.start() - 1:x.start()] == "「" and v.clean[x.end():x.end() + 1] == "」"
        out.append(_Mention(x.start() - quoted, x.end() + quoted, x.group(2), x.group(0), (s, e), quoted=quoted,
                            points=int(x.group(1).translate(_DIGITS)), rule="proposal.head_noun", core=x.group(0)))
    return out


def _small_count_before(before: str, lex: dict) -> bool:
    """A count said with つ or glued to the head: '和平のための5つの条件', '和平の「5条件」' (counted_links);
    not '停戦の条件' (no count), nor '2025年の条件' (a year is no count)."""
    links = alternation(lex["counted_links"])
    return re.search(rf"(?<![0-9０-９年月日])[0-9０-９一二三四五六七八九十]{{1,2}}{links}「?$", before) is not None


def _granted_ok(v: DocView, he: int, w: str, lex: dict) -> bool:
    """A granted-only head names a proposal when the text grants it: '「加盟候補国」の地位を与えることで合意';
    not 'ロシアの国際的な地位が低下した' (a standing, not a decision)."""
    return w not in lex["granted_only_heads"] or any(v.clean.startswith(g, he) for g in lex["granted_after"])


TOPIC_CLAUSE_MAX = 16  # characters of the topic before に関する/を巡る: ロシアのウクライナ侵攻|を巡る停戦


def _topic_only(clause: str, w: str, lex: dict) -> bool:
    """A clause that only names a topic does not name an agreement: '領土に関わる合意', '停戦をめぐる合意'
    (but '東部の前線で戦闘を止める合意' says what is agreed); so for a truce: '侵攻を巡る停戦' (topic_clause_heads)."""
    if w not in lex["clause_only_heads"] and w not in lex["topic_clause_heads"]:
        return False
    topic = rf"[^をがで、]{{1,{TOPIC_CLAUSE_MAX}}}?{alternation(lex['topic_only_clauses'])}"
    return re.fullmatch(topic, clause) is not None


def _counted_quote(v: DocView, s: int, start: int) -> bool:
    """A quoted head after its count names a document: '6項目の「共通認識」' (but not '「共通認識」' alone)."""
    before = v.clean[max(s, start - 12):start + 1]
    return v.clean[start:start + 1] == "「" and _re()["points_before"].search(before) is not None


def _not_issued(v: DocView, he: int, w: str, lex: dict) -> bool:
    """A joint document said not to exist proposes nothing: '会合は終了、共同声明はなし', '共同声明は採択され
    ませんでした' (joint_not_issued); nor does any plan said not to be put forward: '具体的な仲介案は示して
    いません' (not_put_forward). '共同声明を採択した', '仲介案を示した' are still ones."""
    if any(v.clean.startswith(x, he) for x in lex["not_put_forward"]):
        return True
    return w in lex["joint_heads"] and any(v.clean.startswith(x, he) for x in lex["joint_not_issued"])


def _evaluative(v: DocView, s: int, hs: int, he: int, lex: dict) -> bool:
    """A head that closes a quoted judgement names nothing: '宣言を「戦争を長引かせる軍国主義的な構想」だとして
    拒否した' (a quote opened before the name's words, closed right after the head, then だと/と批判)."""
    if not any(v.clean.startswith(x, he) for x in lex["evaluative_after"]):
        return False
    q = v.clean.rfind("「", s, hs)
    return q != -1 and "」" not in v.clean[q:hs]


def _cited(v: DocView, he: int, w: str, lex: dict) -> bool:
    """A joint document cited as a source reports, it proposes nothing: '協議後の共同声明によると、…';
    a plan cited so ('和平案によると、…') is still the plan."""
    return w in lex["joint_heads"] and any(v.clean.startswith(x, he) for x in lex["cited_after"])


def _body_ok(v: DocView, hs: int, he: int, w: str, lex: dict) -> bool:
    """A coalition is a proposal as a known body or in quotes, a gloss allowed: '「有志連合」の構築',
    '「スキル同盟（Skills Alliance）」が発足' (not '訓練に向けた連合', '日米同盟');
    a platform only when the text sets it up: '「復興プラットフォーム」の創設' (not '石油プラットフォーム')."""
    if w in lex["known_body_heads"]:
        ent = v.entity_at(hs)
        known = ent is not None and ent.label == "ORG" and ent.source == "gazetteer"
        return known or v.clean[he:he + 1] == "」" or _GLOSSED_CLOSE.match(v.clean, he) is not None
    if w in lex["setup_only_heads"]:
        return _being_set_up(v, he, lex) and (w not in lex["established_only_heads"] or _being_set_up(
            v, he, lex, lex["establishing_after"]))
    return not _convenes(v, he, w, lex) and not _organ_of(v, hs, w, lex)


def _organ_of(v: DocView, hs: int, w: str, lex: dict) -> bool:
    """An organ named only by the known organisation it belongs to exists already: 'IMF理事会は…融資を承認した',
    'IAEA理事会は…決議を採択' (an actor, no proposal); not 'NATOウクライナ理事会' (a joint body the gazetteer names
    whole), not '合同停戦委員会' (no organisation before it)."""
    if w not in lex["organ_heads"] or hs < 1:
        return False
    ent = v.entity_at(hs - 1)
    if ent is None or ent.end != hs or ent.label != "ORG" or ent.source != "gazetteer":
        return False
    return ent.start == 0 or not _COMPOUND.match(v.clean[ent.start - 1])


def _convenes(v: DocView, he: int, w: str, lex: dict) -> bool:
    """A standing body named as the one holding a session: '協議機関「A・B理事会」が来週、臨時会合を開く'
    is a body that exists, not a plan (not '監視委員会の設置で合意し、初会合を開いた', which sets it up)."""
    if w not in lex["convening_heads"]:
        return False
    after = v.clean[he:min(v.sentence(he)[1], he + lex["convening_reach"])]
    if has_any(after[:8], lex["setup_after"]) is not None:
        return False
    subject = has_any(after[:3], lex["convening_subject"]) is not None
    return subject and has_any(after, lex["convening_verbs"]) is not None


def _names_bloc(v: DocView, start: int, hs: int) -> Optional[str]:
    """The bloc an invitation names: 'NATOへの早期の招待' gives NATO; '会議への招待' none."""
    return next((x.canonical for x in v.ents(start, hs, {"ORG"}) if x.kind == "bloc"), None)


def _span_extension(v: DocView, s: int, hs: int) -> bool:
    """An extension names a truce's new length: '「少なくとも30日間」への延長', 'さらに2カ月の延長'; not a lease's
    '30〜50年への延長' nor a bare '延長された'."""
    before = v.clean[max(s, hs - 16):hs]
    if before.endswith("への"):
        return _re()["span"].search(before) is not None
    return re.search(_re()["span"].pattern + "の$", before) is not None


def _limited_extension_mentions(v: DocView, s: int, e: int) -> list[_Mention]:
    """An extension held to a span, named by it: 'ロシアは60日間に限って延長に応じる用意がある', '延長は60日間に限ると
    表明' are the 60日間の延長 (status from what follows); not a bare '延長に応じた' (no span)."""
    out = []
    for x in _re()["limited_extension"].finditer(v.clean, s, e):
        span = x.group(1) or x.group(2)
        out.append(_Mention(x.start(), x.end(), "延長", span + "の延長", (s, e), rule="proposal.limited_extension"))
    return out


def _balanced(name: str) -> str:
    """A name whose quote was cut open loses its quote marks: '30日間」への延長' → '30日間への延長'."""
    return name if name.count("「") == name.count("」") else name.replace("「", "").replace("」", "")


def _unwrapped(text: str) -> str:
    """A span without the quote marks that wrap it whole ('「平和の公式」' → '平和の公式') or that the span cuts open
    ('「平和の公式' → '平和の公式'); a quote inside it stays: '「全員対全員」の方式' (not '全員対全員」の方式')."""
    text = text.strip(" 　")
    inner = text[1:-1] if text[:1] == "「" and text[-1:] == "」" else None
    if inner is not None and inner.count("「") == inner.count("」") and "」" not in inner.split("「")[0]:
        return inner
    return _balanced(text)


_CLAUSE_OBJECT = re.compile(r"[^、。「」のな]{1,8}?(?:を|に|で|から)")  # この|地域を…: the determiner's own noun


def _determiner_before_head(v: DocView, start: int, hs: int, lex: dict) -> bool:
    """A determiner right before the head after a clause: '領土に関わるいかなる合意' (any agreement) names none."""
    return hs > start and _determiner_at(v, start, hs, lex, multi=True)


def _adjacent_determiner(v: DocView, s: int, start: int, hs: int, lex: dict) -> bool:
    """A time deictic right before a bare head: '今の案への署名を拒む' names none (the plan named before).

    Not when a modifier comes between: '現在の接触線で戦闘を止める停戦案' is a named plan."""
    dets = lex["adjacent_determiners"]
    if v.clean[start:hs] in dets:
        return True
    return start == hs and any(v.clean.endswith(d, max(s, hs - len(d)), hs) for d in dets)


def _determiner_at(v: DocView, lo: int, end: int, lex: dict, multi: bool = False) -> bool:
    """The text v.clean[lo:end] ends with a determiner ('その|案', '今の|案').

    Rejects a lookalike: 'レアアースなどの|協定案' ends with 'どの', but that is など+の, not a determiner."""
    hit = any((len(d) > 1 or not multi) and v.clean.endswith(d, max(lo, end - len(d)), end) for d in lex["determiners"])
    return hit and not any(v.clean.endswith(x, max(0, end - len(x)), end) for x in lex["determiner_lookalikes"])


def _drop_carriers(v: DocView, ms: list[_Mention], lex: dict) -> list[_Mention]:
    """A joint document whose naming clause holds another proposal only carries it:
    '米国が提案した「30日間の停戦」を…受け入れる用意があるとする共同声明' is the ceasefire (recorded on its own),
    not a proposal of its own; so is a clause that reports a side's position (position_clause)."""
    def carries(m: _Mention) -> bool:
        if m.head in lex["joint_heads"] and _reports(v, m, ms, lex):
            return True
        if m.clause <= 0 or m.head not in lex["joint_heads"]:
            return False
        clause = m.name[:len(m.name) - len(m.core)]
        return has_any(clause, lex["position_clause"]) is not None or \
            any(o is not m and m.start <= o.start and o.end <= m.end - len(m.core) for o in ms)
    return [m for m in ms if not carries(m)]


def _reports(v: DocView, m: _Mention, ms: list[_Mention], lex: dict) -> bool:
    """A joint document issued to report another proposal of its sentence carries it: '共同声明を出し、「新たな
    和平の枠組み」をまとめたと発表した' (not '共同声明に署名した', nor a statement issued with nothing after it)."""
    if m.clause > 0:
        return False
    return any(v.clean.startswith(x, m.end) for x in lex["issuing_then"]) and \
        any(o is not m and o.sent == m.sent and o.start > m.end for o in ms)


def _quoted(v: DocView, start: int, he: int) -> bool:
    """A name in quotes: 「平和の公式」, 「賠償ローン」構想; not a quoted remark that happens to hold a head
    (「交換のための基金を補充してくれた…」と述べた)."""
    opened = v.clean[start:start + 1] == "「" or v.clean[start - 1:start] == "「"
    return opened and ("」" in v.clean[start:he + 1] or _GLOSSED_CLOSE.match(v.clean, he) is not None)


# 「スキル同盟（Skills Alliance）」: a gloss, then the quote closes
_GLOSSED_CLOSE = re.compile(r"[（(][^（）()「」]{1,30}[）)]」")


def _generic_modifier(mod: str, lex: dict) -> bool:
    """A modifier that names nothing: この, 新たな, 同 (but 共同 in 共同調整センター is no 同)."""
    return any(mod.endswith(g) and (len(g) > 1 or mod == g) for g in lex["generic_modifiers"])


def _past_generic(v: DocView, s: int, hs: int, clause: bool, lex: dict) -> tuple[int, int]:
    """Start of a name that a generic adjective splits: '和平合意文書の|新たな|案' (a document's new draft),
    '双方が停戦を監視する|新たな|枠組み' (a clause head's clause). Returns (start, start without a clause)."""
    g = next((g for g in lex["generic_modifiers"] if g.endswith("な") and v.clean.endswith(g, s, hs)), None)
    if g is None:
        return hs, hs
    j = hs - len(g)
    h = next((h for h in lex["heads"] if len(h) > 1 and v.clean.endswith(h + "の", s, j)), None)
    if h is not None:
        k = _left(v, j - 1 - len(h), s)
        return k, k
    k = _clause_start(v, j, s) if clause else j
    return (k, hs) if k < j else (hs, hs)


def _named_before(mod: str, lex: dict) -> bool:
    """A generic adjective after a naming clause or a document does not make the name generic:
    '双方が停戦を監視する新たな枠組み', '和平合意文書の新たな案' (but '新たな案' alone is generic)."""
    g = next((g for g in lex["generic_modifiers"] if mod.endswith(g)), "")
    rest = mod[:len(mod) - len(g)].strip("「」 　")
    if rest.endswith("の") and any(rest[:-1].endswith(h) for h in lex["heads"] if len(h) > 1):
        return True
    return len(rest) >= NAMING_CLAUSE_MIN and any(rest.endswith(e) for e in lex["clause_endings"])


NAMING_CLAUSE_MIN = 5  # 安全を保証する|新たな枠組み names it; する|新たな枠組み does not


def _determined(plain_mod: str, mod: str, lex: dict) -> bool:
    """A determiner makes the name generic: この案, 同計画, いかなる合意. A naming clause may start with a
    word like 同行 ('the same bank'): only a whole-word determiner (この, その ...) counts there."""
    if any(plain_mod.startswith(d) for d in lex["determiners"]):
        return True
    return mod != plain_mod and any(mod.startswith(d) and not _CLAUSE_OBJECT.match(mod, len(d))
                                    for d in lex["determiners"] if len(d) > 1)  # この|地域を…とする案 names one


def _sum_modifies(v: DocView, start: int, hs: int) -> bool:
    """A sum that modifies the head names money, not a proposal: 総額23億ユーロの融資保証, 5億ドル分の文書.
    A sum inside a clause does not (50億ユーロを積み増す案)."""
    return any(v.clean[m.end:m.end + 1] == "の" or v.clean[m.end:m.end + 2] == "分の" or m.end >= hs - 1
               for m in v.ents(start, hs, {"MONEY"}))


def _financing(plain_mod: str, head: str, lex: dict) -> bool:
    """A money head right after a financing noun names money, not a proposal:
    '復興融資計画', '融資の保証', '電力支援基金' (a fund to give to, not a plan to agree on)."""
    mod = plain_mod.strip("「」 　")
    mod = mod[:-1] if mod.endswith("の") else mod
    return head in lex["money_heads"] and any(mod.endswith(x) for x in lex["money_modifiers"])


def _money_named(v: DocView, plain: int, hs: int, he: int, w: str, lex: dict) -> bool:
    """A money head after a financing noun names money (_financing) unless the text sets it up: '…に充てる支援基金の
    創設は…' and '電力支援基金を設ける' name a body to agree on; '電力支援基金に拠出した' stays money."""
    return _financing(v.clean[plain:hs], w, lex) and not _being_set_up(v, he, lex, lex["establishing_after"]) \
        and not _newly_set_up(v, plain, lex)


def _newly_set_up(v: DocView, start: int, lex: dict) -> bool:
    """A setting-up participle right before the name: '増額分は新設する「ウクライナ支援基金」に充て',
    '新設の「…基金」' (money_channel.new_body_before): a new body, not only a fund money goes to."""
    before = v.clean[max(0, start - 12):start].rstrip("「")
    return before.endswith(tuple(lex["money_channel"]["new_body_before"]))


def _batch(mod: str, head: str, lex: dict) -> bool:
    """A document head counted in the plural, or told apart, names a batch of papers, not one proposal:
    '官民による56本の協力文書が署名された', '10件を超える協力文書', '国連、トルコと別々の文書に署名した'
    (batch_documents); not '12項目の文書' (points of one document)."""
    b = lex["batch_documents"]
    if head not in b["heads"]:
        return False
    counted = re.search(rf"([0-9０-９]+)(?:{alternation(b['counters'])})(?:の|{alternation(b['qualifiers'])})", mod)
    plural = counted is not None and int(counted.group(1).translate(_DIGITS)) >= 2
    return plural or has_any(mod, b["apart"]) is not None


_MONTH_OR_YEAR = re.compile(r"[0-9０-９]{1,4}(?:月|年)(?:[0-9０-９]{1,2}日)?に$")
DATED_SETTLEMENT_REACH = 16  # characters back from a generic name to the date of the verb that settled it


def _settled_on_date(v: DocView, s: int, start: int, lex: dict) -> bool:
    """A generic name right after a dated settling verb is the one deal settled then:
    '6月に署名された停戦合意に基づいて', '7月に発効した停戦は…維持されている'; not '署名された停戦合意' (no date)
    nor '6月に協議した停戦' (no settling)."""
    before = v.clean[max(s, start - DATED_SETTLEMENT_REACH):start]
    verb = next((w for w in lex["dated_settlement"] if before.endswith(w)), None)
    return verb is not None and _MONTH_OR_YEAR.search(before[:len(before) - len(verb)]) is not None


def _signed_by_states(v: DocView, s: int, start: int, he: int, lex: dict) -> bool:
    """A generic name that states, as the subject right before it, sign is the one deal they signed:
    'ロシアとウクライナが和平合意に署名してから半年'; not '和平合意に署名する用意がある' (no subject) nor
    '首脳らが合意文書に署名' (no state)."""
    if not v.clean.startswith(tuple(lex["signed_by_states"]), he) or v.clean[start - 1:start] not in ("が", "は"):
        return False
    return any(c.end == start - 1 for c in v.ents(max(s, start - 20), start, {"GPE"}))


def _wished(mod: str, head: str, lex: dict) -> bool:
    """A truce qualified only by a hope for when it comes names no proposal: 'トランプ氏は早期の停戦を掲げ',
    '一刻も早い停戦を呼びかけた' (but 即時停戦 or 30日間の停戦 says what is asked, truce_manners)."""
    return head in lex["bare_ok"] and mod.strip("「」") in lex["wished_truce"]


def _session(mod: str, head: str, lex: dict) -> bool:
    """A standing body named only by its session's day or form is that session, a meeting, not a proposal:
    'IMFは26日の理事会で融資を承認した', '臨時の評議会を開いた' (session_modifiers); not
    '26日に設置された監視理事会' (a clause that sets it up) nor 'NATOウクライナ理事会'."""
    return head in lex["convening_heads"] and \
        _re()["session"].fullmatch(mod.strip("「」 　")) is not None


COMPOUND_NAME_MIN = 4  # characters of a compound before a clause-only head that name it: 黒海穀物|合意 (not 最終|合意)


def _compound_named(v: DocView, plain: int, hs: int, he: int) -> bool:
    """A clause-only head (合意, 措置) is named without a clause by a compound the text quotes as one name:
    '「黒海穀物合意」の復活'; not '「最終合意」' (too short), nor an unquoted '黒海穀物合意は…' or 'ミンスク合意の教訓'
    (a reference to a deal the text names elsewhere, or only recalls)."""
    q = plain if v.clean[plain:plain + 1] == "「" else plain - 1
    mod = v.clean[q + 1:hs]
    return v.clean[q:q + 1] == "「" and v.clean[he:he + 1] == "」" and len(mod) >= COMPOUND_NAME_MIN \
        and all(_COMPOUND.match(c) and c != "・" for c in mod)


def _list_item(v: DocView, start: int, end: int, name: str, head: str) -> bool:
    """A bare head listed between commas is an item of something larger, not a proposal:
    '市民の保護、安全の保証、自衛の決意の5項目' (安全の保証 is one of five points); so is one between numbered
    markers: '①停戦の監視②捕虜の交換③港湾の再開――の3項目'."""
    if name != head:
        return False
    markers = tuple(_lex()["list_markers"])
    numbered = v.clean.endswith(markers, 0, start) and v.clean.startswith(markers + ("――",), end)
    return numbered or (v.clean[start - 1:start] == "、" and bool(_LIST_NEXT.match(v.clean, end)))


_GLOSS = re.compile(r"（[^（）]{2,20}）$")  # 「イースタン・セントリー（東部の番人）」: the gloss is an alias


def _apposition_mentions(v: DocView, s: int, e: int, lex: dict) -> list[_Mention]:
    """新たな枠組み「ウクライナ・ファシリティー」, 12項目の文書「…」: the quoted name after a head noun."""
    out = []
    for hs, he, w in find_all(v.clean, lex["apposition_heads"], s, e):
        he = _so_called_open(v, he, lex)
        if v.clean[he:he + 1] != "「":
            continue
        close = v.clean.find("」", he + 1, min(e, he + 40))
        inner = v.clean[he + 1:close] if close != -1 else ""
        if len(inner) < 2 or any(c in inner for c in "。、「"):
            continue
        body = next((b for b in lex["convening_heads"] if inner.endswith(b)), None)
        if body is not None and _convenes(v, close, body, lex):
            continue  # 協議機関「A・B理事会」が臨時会合を開く: a standing body
        m = _Mention(he, close + 1, w, _GLOSS.sub("", inner) or inner, (s, e), quoted=True, rule="proposal.apposition")
        pts = _re()["points_before"].search(v.clean[max(s, hs - 8):hs + 1]) \
            or _re()["points"].search(v.clean[max(s, hs - 8):hs])
        m.points = int(pts.group(1).translate(_DIGITS)) if pts else None
        out.append(m)
    return out


def _so_called_open(v: DocView, he: int, lex: dict) -> int:
    """Where the quoted name after a head opens, past a so-called link: '8項目の和平案、いわゆる「北の道」' opens at 「;
    without a link, the head's end (and no name when no 「 stands there: '和平案と「北の道」')."""
    link = next((w for w in lex["so_called_links"] if v.clean.startswith(w + "「", he)), "")
    return he + len(link)


_QUOTE = re.compile(r"「([^「」。]{3,40})」")
_ABBREV = re.compile(r"[（(][A-Za-zＡ-Ｚ]{2,8}[）)]$")


def _quoted_name_mentions(v: DocView, s: int, e: int, lex: dict) -> list[_Mention]:
    """A quoted name ending in an institution or act suffix, with a verb about it:
    「ウクライナ防衛コンタクトグループ」として定例化, 「…武器貸与法」を可決. Not a channel
    (「…イニシアチブ（USAI）」を通じて調達)."""
    out = []
    for q in _QUOTE.finditer(v.clean, s, e):
        inner = _GLOSS_AFTER.sub("", _ABBREV.sub("", q.group(1))) if q.group(1).endswith(("）", ")")) else q.group(1)
        nickname = _re()["plan_nickname"].fullmatch(inner) is not None  # 「プランB」: a plan called by its letter
        if not nickname and (not any(inner.endswith(x) for x in lex["quoted_suffixes"])
                             or any(inner.endswith(h) for h in lex["heads"])):
            continue  # not a body or an act, or a head noun the head rule reads
        if has_any(v.clean[q.end():q.end() + 5], lex["quoted_not_after"]):
            continue
        ent = v.entity_at(q.start(1))
        if ent is not None and ent.end >= q.end(1) - 1 and (ent.label in ("GPE", "LOC", "PERSON") or
                                                            (ent.label == "FAC" and ent.source == "gazetteer")):
            continue  # the whole name is a place or a person (GiNZA's FAC on 「…コミットメント」 is no place)
        start = _clause_start(v, q.start(), s) if nickname else q.start()  # 借り入れて融資する「プランB」
        out.append(_Mention(start, q.end(), inner[-3:], v.clean[start:q.start()] + q.group(1), (s, e), quoted=True,
                            rule="proposal.quoted_name", clause=q.start() - start, core=q.group(1)))
    return out


def _lending_mentions(v: DocView, s: int, e: int, lex: dict) -> list[_Mention]:
    """A loan named by what backs or repays it, '凍結資産の運用益を返済に充てる500億ドルの融資', or by a name the
    text quotes, 「賠償融資」 (and 賠償融資 again after it). Not '日本は5億ドルの融資を表明' (a sum lent, which
    the money rules read), nor 融資計画 (not the head)."""
    fm = lex["financing_mechanism"]
    out = []
    for hs, he, w in find_all(v.clean, fm["loan_heads"], s, e):
        if he < e and (_COMPOUND.match(v.clean[he]) or
                       (v.clean[he] == "の" and any(v.clean.startswith(h, he + 1) for h in lex["heads"]))):
            continue  # 融資計画, 融資の協定: the loan only says what the document is about
        j = hs
        while j > s and _LOAN_NAME.match(v.clean[j - 1]):
            j -= 1
        named = j < hs and v.clean.find(f"「{v.clean[j:he]}」") != -1  # 「賠償融資」 somewhere in the text
        anchor, link = _loan_anchor(v, s, j, he)
        start, plain = _left(v, anchor, s, clause=True), _left(v, anchor, s)
        if start < plain and has_any(v.clean[start:plain], fm["loan_cues"]):
            clause = plain - start
        elif named:
            start, plain, clause = j, j, 0
        else:
            continue
        tail = link + v.clean[j:he]
        quote = v.clean[anchor:j] == "「"  # …の「ＥＲＡ融資」: the quoted name is its name and core
        name = v.clean[start:anchor].strip("「」 　") + tail if start < j and not quote else v.clean[j:he]
        core = v.clean[plain:anchor].strip("「」 　") + tail if plain < j and not quote else v.clean[j:he]
        out.append(_Mention(start, he + (v.clean[he:he + 1] == "」"), w, name, (s, e), quoted=named,
                            clause=clause, rule="proposal.lending", core=core, named_phrase=_unsummed(name, w)))
    return out


_SUM_BEFORE_HEAD = re.compile(r"(?:総額|計)?(?:約|およそ|最大)?[0-9０-９][0-9０-９.,，]*(?:兆[0-9０-９]*)?(?:億|万)?"
                              r"(?:ドル|ユーロ|円|ポンド)(?:（[^（）]{1,20}）)?の?")


def _unsummed(name: str, head: str) -> str:
    """A backed loan named with its sum is also named by its clause alone: '凍結資産の運用益で返済する総額500億ドルの
    融資' is also '凍結資産の運用益で返済する融資'; '' when no sum stands between a clause and the head."""
    m = re.search(_SUM_BEFORE_HEAD.pattern + re.escape(head) + "$", name)
    return name[:m.start()] + head if m and m.start() > 0 else ""


def _named_by_form_mentions(v: DocView, s: int, e: int, lex: dict) -> list[_Mention]:
    """Proposals named by a form rather than a plan head: a backed loan agreed on its sum, a quoted body set up,
    a guarantee modelled on a treaty article, conditions counted with つ."""
    return (_lent_sum_mentions(v, s, e, lex) + _quoted_body_mentions(v, s, e, lex)
            + _article_modelled_mentions(v, s, e, lex) + _small_count_mentions(v, s, e, lex))


def _lent_sum_mentions(v: DocView, s: int, e: int, lex: dict) -> list[_Mention]:
    """A loan agreed or proposed as a verb on its sum, backed by what its clause says: '凍結資産の運用益を返済に
    充てる形で、年内に約500億ドルを融資することで合意' is '約500億ドルの融資' (also '…返済に充てる融資'). Not
    '日本は5億ドルを融資することで合意' (no backing: the money rules read it), nor '凍結資産の活用を見送り、…で900億
    ユーロを融資することで合意' (the assets are no backing clause: it does not end as one), nor a sentence that names
    the loan by a head already ('…に充てる仕組みで、…を融資することで合意': that head is the mention)."""
    ls, fm = lex["lent_sum"], lex["financing_mechanism"]
    verb = re.compile(_SUM.pattern + f"({alternation(ls['verbs'])})" + alternation(ls["verb_endings"]))
    out = []
    for x in verb.finditer(v.clean, s, e):
        status = next((st for st in ("agreed", "proposed", "rejected")
                       if any(v.clean.startswith(t, x.end()) for t in lex["vp_triggers"][st])), None)
        before = v.clean[s:x.start()]
        amount, head = (x.group(1) or "") + x.group(2), x.group(3)
        backing = _backing_name(before, head, fm, ls)
        if status is None or not backing or has_any(before, fm["heads"] + fm["loan_heads"]):
            continue
        out.append(_Mention(x.start(), x.end(), head, f"{amount}の{head}", (s, e), status=status,
                            rule="proposal.lent_sum", core=f"{amount}の{head}", named_phrase=backing))
    return out


def _backing_name(before: str, head: str, fm: dict, ls: dict) -> str:
    """The loan named by the clause that backs it, the comma-delimited segment before the sum's own:
    '…利益を返済に充てる形で、年内に' gives '…利益を返済に充てる融資', '…運用益を返済の原資とし、' gives
    '…運用益を返済の原資とする融資'; '' when that segment names no backing or ends otherwise."""
    parts = before.split("、")
    for seg in reversed(parts[:-1] if len(parts) > 1 else parts):
        if not has_any(seg, fm["loan_cues"]):
            continue
        end = next((k for k in sorted(ls["clause_endings"], key=len, reverse=True) if seg.endswith(k)), None)
        return seg[:len(seg) - len(end)] + ls["clause_endings"][end] + head if end is not None else ""
    return ""


def _loan_anchor(v: DocView, s: int, j: int, he: int) -> tuple[int, str]:
    """Where a loan's modifiers end, and the link to put back: '…の「ＥＲＡ融資」' (the quote),
    '500億ドル（約7兆9000億円）の融資' (the restatement, and its の)."""
    if v.clean[j - 1:j] == "「" and v.clean[he:he + 1] == "」":
        return j - 1, ""
    gloss = v.clean.rfind("（", s, j) if v.clean.endswith("）の", s, j) else -1
    if gloss != -1 and _RESTATEMENT.fullmatch(v.clean[gloss:j - 1]):
        return gloss, "の"
    return j, ""


_LOAN_NAME = re.compile(r"[\u4e00-\u9fff々\u30a0-\u30ffーA-Za-zＡ-Ｚａ-ｚ]")  # ＥＲＡ融資, 賠償融資


def _count_mentions(v: DocView, s: int, e: int, lex: dict) -> list[_Mention]:
    """A plan referred to only by its count: '米国が示した19項目について協議した' (merged by points with
    the plan named elsewhere). Small counts (3項目で合意) are items of an agreement, not a plan."""
    out = []
    for c in _re()["count"].finditer(v.clean, s, e):
        n = int(c.group(1).translate(_DIGITS))
        if n >= lex["count_min"] or _closes_list(v, s, c.start(), n, lex):
            out.append(_Mention(c.start(), c.end(), c.group(0), c.group(0), (s, e), points=n, rule="proposal.count"))
    return out


@lru_cache(maxsize=1)
def _ratio_exchange_re() -> re.Pattern:
    """捕虜1000人ずつの交換, 「全員対全員」の一括交換: the exchange_ratios lexicon as one pattern."""
    ex = _lex()["exchange_ratios"]
    objects, heads = alternation(ex["objects"]), alternation(ex["heads"])
    ratios = "|".join(f"(?:{x})" for x in ex["ratios"])
    return re.compile(rf"(?:{objects}の?)?「?(?:{ratios})」?の{objects}?{heads}")


def _ratio_exchange_mentions(v: DocView, s: int, e: int, lex: dict) -> list[_Mention]:
    """An exchange named by its ratio: 'ウクライナは「全員対全員」の交換を提案している', '1000人対1000人の交換で一致';
    not '今回の交換は50回目' (no ratio: which exchange it is, is not said)."""
    objects = lex["exchange_ratios"]["objects"]
    return [_Mention(x.start(), x.end(), "交換", x.group(0), (s, e), quoted="「" in x.group(0),
                     rule="proposal.exchange_ratio",
                     noun_form=next((o + "交換" for o in objects if o in x.group(0)), ""))
            for x in _ratio_exchange_re().finditer(v.clean, s, e)]


def _closes_list(v: DocView, s: int, pos: int, n: int, lex: dict) -> bool:
    """A small count that closes an enumerated list of as many items names the list:
    '①停戦の監視②捕虜の交換③復興の支援――の3項目で合意'; not a bare '3項目で合意'."""
    before = v.clean[s:pos]
    return n >= 2 and sum(m in before for m in lex["list_markers"]) >= 2


def _package_mentions(v: DocView, s: int, e: int) -> list[_Mention]:
    """A round of a package named by its ordinal, before or after its head: '対A国制裁の第7弾を提案した',
    '第7弾の制裁パッケージを採択した' (package_heads in the lexicon)."""
    return [_Mention(m.start(), m.end(), m.group(0), m.group(0), (s, e), quoted=True, rule="proposal.package")
            for m in _re()["package"].finditer(v.clean, s, e)]


def _signed_document_mentions(v: DocView, s: int, e: int, lex: dict) -> list[_Mention]:
    """A document head signed in its sentence names a proposal even when the head alone is generic:
    '両国は国連が仲介した合意文書にそれぞれ署名した', '…優先分野に関する声明にも署名した'
    (proposal.document_signed). Not '声明を発表した' (no signing), not 'この協定に署名した' or '新たな協定に
    署名した' (a document named before or not named), not '3本の協定に署名した' (a batch, _batch)."""
    sd = lex["signed_documents"]
    out = []
    for hs, he, w in find_all(v.clean, sd["heads"], s, e):
        if not _signs_after(v, he, sd):
            continue
        if he - hs < len(w) or (hs > s and _COMPOUND.match(v.clean[hs - 1]) and not _left(v, hs, s) < hs):
            continue
        start = _left(v, hs, s)
        name = _balanced(v.clean[start:he].strip("「」 　"))
        mod = v.clean[start:hs].strip("「」")
        if not name or _determiner_at(v, max(s, start - 8), start, lex) or _determined(mod, mod, lex) \
                or _batch(mod, w, lex) or _generic_modifier(v.clean[max(s, start - 6):hs], lex) \
                or _sum_modifies(v, start, hs) or _financing(v.clean[start:hs], w, lex):
            continue
        out.append(_Mention(start, he, w, name, (s, e), quoted=_quoted(v, start, he), status="signed",
                            rule="proposal.document_signed", core=w))
    return out


def _set_up_body_mentions(v: DocView, s: int, e: int, lex: dict) -> list[_Mention]:
    """A body the text sets up, named in quotes or by a compound ending in a body head, is a proposal: agreed
    after a participle, '新設の「北海沿岸理事会」は初会合を開き', '米国主導で設けられた監視メカニズムは…'; before a
    setting-up verb its status is that verb's: '「復興支援基金」を正式に設けることを決めた' (agreed), '「…センター」を
    設ける考えを示した' (proposed) (proposal.body_set_up). Not '新設された委員会' (the head alone names nothing), not
    '新設の工場' (no body head), not '基金に拠出した' (no setting up), not '同理事会を創設' (named before)."""
    sb = lex["set_up_bodies"]
    out = []
    for _, pe, _ in find_all(v.clean, sb["before"], s, e):
        m = _body_name_at(v, pe, e, sb)
        if m is not None:
            out.append(_Mention(m[0], m[1], m[3], m[2], (s, e), quoted=m[4], status="agreed",
                                rule="proposal.body_set_up", core=m[2]))
    for hs, he, w in find_all(v.clean, sb["heads"], s, e):
        quoted = v.clean[he:he + 1] == "」"
        start = v.clean.rfind("「", s, hs) if quoted else hs
        if quoted and (start < 0 or "」" in v.clean[start:hs]):
            continue
        while not quoted and start > s and _COMPOUND.match(v.clean[start - 1]):
            start -= 1
        name = v.clean[start + quoted:he]
        if len(name) <= len(w) or not _sets_up_after(v, he + quoted, sb, quoted) or _determined(name, name, lex):
            continue
        out.append(_Mention(start, he + quoted, w, name, (s, e), quoted=quoted, setup=True,
                            rule="proposal.body_set_up", core=name))  # status from its verb: 設ける考え is proposed
    return out


_QUOTE = re.compile(r"「([^「」。]{2,40})」(?:[（(][^（）()「」。]{1,20}[）)])?")


def _quoted_body_mentions(v: DocView, s: int, e: int, lex: dict) -> list[_Mention]:
    """A body named in quotes and set up, its head in the name, before the quote or after a naming link:
    '「…ファンド」を立ち上げた', '新たな司令部「…支援・訓練」（NSATU）を西部の都市に置き', '「…」と呼ばれる司令部を
    設け', '「損害登録簿」の創設を決めた' (agreed; proposal.quoted_body). Its verb with an intent after it leaves
    the status to _status ('「…ファンド」を設ける方針': proposed). Not '「…ファンド」に出資した' (no setting up), nor
    '「…」を置いた' with no body head (a quote is no body by itself)."""
    qb = lex["quoted_bodies"]
    out = []
    for q in _QUOTE.finditer(v.clean, s, e):
        name, after = q.group(1), v.clean[q.end():e]
        link = next((w for w in qb["links"] if after.startswith(w)), "")
        head = next((h for h in qb["heads"] if name.endswith(h) or v.clean.endswith(h, s, q.start())
                     or (link and after.startswith(h, len(link)))), None)
        if head is None or len(name) <= len(head):
            continue
        rest = after[len(link) + len(head):] if link else after
        verb = next((w for w in qb["after"] if rest.startswith(w)), None) or _placed(rest, qb)
        if verb is None and v.clean.endswith(tuple(qb["before"]), s, q.start()):
            verb, rest = "", ""  # …とともに立ち上げた「…ファンド」だ: set up, said before the name
        if verb is None:
            continue
        tail = rest[rest.find(verb) + len(verb):][:qb["intent_reach"]] if verb else ""
        status = None if has_any(tail, lex["setup_intent"]) else "agreed"
        out.append(_Mention(q.start(), q.end(), head, name, (s, e), quoted=True, status=status,
                            rule="proposal.quoted_body", core=name, vp_kind="institution"))  # kind of setting up
    return out


def _article_modelled_mentions(v: DocView, s: int, e: int, lex: dict) -> list[_Mention]:
    """A guarantee modelled on a numbered treaty article names a concrete proposal: 'NATO条約第5条に似た保証を求めて
    いる', '「第5条」に似た保証', '北大西洋条約機構（NATO）条約第5条にならった保証' (proposal.article_modelled;
    specific once a verb gives it a status). Not '第5条に基づき' (no guarantee head), nor 'NATOの安全の保証' (no
    article)."""
    am = lex["article_modelled"]
    pattern = re.compile(rf"(?:[\u4e00-\u9fff々\u30a0-\u30ffーA-Za-zＡ-Ｚａ-ｚ（）()]{{0,{am['treaty_reach']}}}?"
                         rf"{alternation(am['treaties'])})?"
                         rf"「?第[0-9０-９一二三四五六七八九十]+条」?{alternation(am['links'])}「?({alternation(am['heads'])})」?")
    out = []
    for x in pattern.finditer(v.clean, s, e):
        name = v.clean[x.start():x.end()].replace("「", "").replace("」", "")
        short = _ABBREVIATED.sub(r"\1", name)  # 北大西洋条約機構（NATO）条約… is also NATO条約…
        out.append(_Mention(x.start(), x.end(), x.group(1), name, (s, e), rule="proposal.article_modelled",
                            core=x.group(1), named_phrase=short if short != name else ""))
    return out


_ABBREVIATED = re.compile(r"[^（）()]*[（(]([A-Za-zＡ-Ｚａ-ｚ]{2,8})[）)]")


def _placed(rest: str, qb: dict) -> Optional[str]:
    """The placing verb of 'を西部の都市に置き' within reach of を, no comma between; None otherwise."""
    if not rest.startswith("を"):
        return None
    span = re.split(r"[、。]", rest[:qb["placed_reach"]])[0]
    return next((w for w in qb["placed"] if w in span), None)


def _body_name_at(v: DocView, i: int, e: int, sb: dict) -> Optional[tuple]:
    """The body named from i on: a quote whose name ends in a body head, or a compound run that does and is
    longer than the head. Returns (start, end, name, head, quoted) or None: '「…理事会」', '監視メカニズム'."""
    if v.clean[i:i + 1] == "「":
        close = v.clean.find("」", i, e)
        name = v.clean[i + 1:close] if close > 0 else ""
        head = next((h for h in sb["heads"] if _GLOSS_AFTER.sub("", name).endswith(h)), None)
        return (i, close + 1, name, head, True) if head and len(name) > len(head) else None
    j = i
    while j < e and _COMPOUND.match(v.clean[j]):
        j += 1
    name = v.clean[i:j]
    head = next((h for h in sb["heads"] if name.endswith(h)), None)
    return (i, j, name, head, False) if head and len(name) > len(head) else None


def _sets_up_after(v: DocView, i: int, sb: dict, quoted: bool) -> bool:
    """A setting-up verb right after a body's name, an adverb allowed after を: 'を正式に設ける', 'を新設'."""
    return _verb_after_particle(v, i, sb["after"] + (sb["quoted_after"] if quoted else []), sb["adverbs"])


def _signs_after(v: DocView, he: int, sd: dict) -> bool:
    """Whether a signing verb follows the head, past a closing quote and an adverb after the particle:
    '」にそれぞれ署名' (not '」について署名国と協議')."""
    return _verb_after_particle(v, he + (v.clean[he:he + 1] == "」"), sd["after"], sd["adverbs"])


def _verb_after_particle(v: DocView, i: int, verbs: list, adverbs: list) -> bool:
    """One of ``verbs`` (each a particle and its verb: 'に署名', 'を設け') at ``i``, an adverb allowed between
    the particle and the verb ('にそれぞれ署名', 'を正式に設ける')."""
    return any(v.clean.startswith(x[:1] + a + x[1:], i) for a in ["", *adverbs] for x in verbs)


def _vp_mentions(v: DocView, s: int, e: int, lex: dict) -> list[_Mention]:
    """A verb phrase proposed, agreed or rejected without a head noun:
    'エネルギー施設への攻撃を30日間停止することで合意', '1000人ずつ捕虜を交換することで一致'.
    Coordinated phrases (Aを交換し、Bを返還することで一致; Aを戻すことや、Bを設けることで合意) are one mention
    each. A request may put an adverb between よう and its verb: '攻撃を1週間控えるよう個人的に要請'
    (vp_request_verbs)."""
    out = []
    for status, triggers in lex["vp_triggers"].items():
        starts = [ts for ts, _, _ in find_all(v.clean, triggers, s, e)]
        if status == "proposed":
            starts += [x.start() for x in _re()["vp_request"].finditer(v.clean, s, e)]
            starts += [x.start() for x in _re()["vp_judged"].finditer(v.clean, s, e)]
            starts += [x.start() for x in _re()["vp_koto_request"].finditer(v.clean, s, e)]
        if status == "agreed":
            starts += [x.start() for x in _re()["vp_koto_agreed"].finditer(v.clean, s, e)]
        for ts in sorted(set(starts)):
            end: Optional[int] = ts
            while end is not None:
                m = _vp_at(v, s, e, end, status, lex)
                if m is not None:
                    out.append(m)  # a phrase named by its head (交渉チームを設ける) still ends a coordination
                end = _coordinated_end(v, m.start if m is not None else _scan_clause(v, end, s), lex)
    return out + _vp_named_mentions(v, s, e, lex) + _vp_cleft_mentions(v, s, e, lex)


CLEFT_VERB_REACH = 20  # characters before のは read for the cleft's verb: 米ロが合意できたのは|、…


def _vp_cleft_mentions(v: DocView, s: int, e: int, lex: dict) -> list[_Mention]:
    """A verb phrase that is the focus of a cleft whose verb gives its status: '合意できたのは、「攻撃を30日間停止する」
    ことにとどまった' (agreed), 'ロシアが拒んだのは捕虜を交換することだ' (rejected); not '報じられたのは…ことだ'
    (no status verb before のは)."""
    out = []
    for ts, _, _ in find_all(v.clean, lex["vp_cleft_focus"], s, e):
        m = _vp_at(v, s, e, ts - (v.clean[ts - 1:ts] == "」"), None, lex)  # 「…停止する」|こと: the whole quote
        if m is None:
            continue
        before = v.clean[max(s, m.start - CLEFT_VERB_REACH):m.start].rstrip("「")
        if not before.endswith(tuple(lex["cleft_links"])):
            continue
        cv = lex["vp_cleft_verbs"]
        m.status = next((st for st in ("rejected", "agreed", "proposed") if has_any(before, cv[st])), None)
        if m.status is not None:
            out.append(m)
    return out


VP_COORDINATION_GAP = 16  # characters before a phrase read for the link to one before it: こと、さらに双方が|…


def _coordinated_end(v: DocView, start: int, lex: dict) -> Optional[int]:
    """Where a phrase coordinated before the one starting at start ends (vp_coordinators, an adverb and the
    second phrase's subject allowed after the link): 'Aを交換し、|B' keeps its し for the verb, 'Aを元に戻すことや、|B'
    and 'Aを交換すること、さらに双方が|B' end before こと; None when no phrase is joined to it."""
    x = _re()["vp_coordinated"].search(v.clean, max(0, start - VP_COORDINATION_GAP), start)
    if x is None:
        return None
    return x.start() + (1 if x.group(1).startswith("し") else 0)


def _vp_named_mentions(v: DocView, s: int, e: int, lex: dict) -> list[_Mention]:
    """A verb phrase that names the head after it: 'エネルギー施設への攻撃を30日間停止するというトランプ氏の提案',
    '今の前線で戦闘を止めるという案'. The phrase is the proposal's name; its status comes from what is done to the
    head (no status of its own). Not '攻撃を停止するという見方' (見方 is no proposal head, vp_named_heads)."""
    out = []
    for x in _re()["vp_named"].finditer(v.clean, s, e):
        m = _vp_at(v, s, e, x.start(), None, lex)
        if m is not None:
            m.rule = "proposal.verb_phrase:named"
            out.append(m)
    return out


def _vp_at(v: DocView, s: int, e: int, end: int, status: Optional[str], lex: dict) -> Optional[_Mention]:
    """The verb phrase ending at end (before こと/よう, or before し、 of a coordinated one), or None. A quoted verb
    counts with its object: '軍事活動を「大幅に縮小する」と表明' gives '軍事活動を大幅に縮小'."""
    close = 1 if v.clean[end - 1:end] == "」" and "「" in v.clean[max(s, end - 20):end] else 0
    end -= close
    for suffix in ("させる", "する", "し", "る", "す", ""):  # 引き渡す: a godan verb keeps its ending, as 控える does
        stem_end = end - len(suffix)
        if suffix and not v.clean.startswith(suffix, stem_end):
            continue
        for kind, verbs in lex["vp_verbs"].items():
            verb = next((x for x in verbs if v.clean.endswith(x, s, stem_end)), None)
            if verb is None:
                continue
            stop = stem_end + (1 if suffix in ("る", "す") else 0)
            start = _scan_clause(v, end + close if close else stop, s)
            name = v.clean[start:stop].strip("「」 　").replace("「", "").replace("」", "")
            if "を" not in name or len(name) < 5:
                return None
            obj = name[:name.rfind("を")]
            window = has_any(obj, lex["truce_windows"]) is not None  # 3時間の「沈黙の時間」を設ける: a pause
            if not window and not has_any(obj, lex["vp_objects"]):
                return None  # 操業を停止することを決めた: not the war's business
            if _not_vp_object(obj, lex) or _vp_verb_lacks(name, verb, lex):
                return None
            kind, name = ("ceasefire", obj) if window else (kind, name)  # named by the window, not by 設ける
            if kind == "institution" and any(obj.endswith(h) for h in lex["heads"]):
                return None  # 仕組みを設ける: the head noun names it (see _head_mentions, setup_after)
            return _Mention(start, stem_end, verb, name, (s, e), status=status, rule="proposal.verb_phrase",
                            vp_kind=kind, noun_form=_noun_form(obj, verb, lex),
                            plain_form=_plain_form(name, suffix))
    return None


STEWARDSHIP_GAP = 4  # characters of an adverb or addressee between を and the verb: 共同運営を|改めて|提案


def _stewardship_mentions(v: DocView, s: int, e: int, lex: dict) -> list[_Mention]:
    """An operation or ownership arrangement named by who runs it, as the object of a proposal verb (stewardship):
    '米英仏の3者による共同運営を提案' (proposed), 'A国との2者での運営を求め', 'B社による管理を拒否' (rejected).
    Not '財政運営を求める' (no party or form), not '3者による運営が続く' (no proposal verb)."""
    sw, out = lex["stewardship"], []
    for x in _re()["stewardship"].finditer(v.clean, s, e):
        status = _stewardship_status(v, x.start(1), x.end(1), e, lex)
        start = x.start()
        while start > max(s, x.start() - sw["modifier_max"]) and v.clean[start - 1] not in "、。「」はがを 　\n":
            start -= 1
        if status is None or start == x.start():
            continue
        name = v.clean[start:x.end(1)]
        out.append(_Mention(start, x.end(1), x.group(1), name, (s, e), status=status, rule="proposal.stewardship",
                            vp_kind="other", core=name))
    return out


def _stewardship_status(v: DocView, hs: int, he: int, e: int, lex: dict) -> Optional[str]:
    """The status of the verb an arrangement is the を-object of. Full profile: the governing phrase's lemma
    (governed_status lemmas, proposed or rejected), so an addressee may stand between ('共同運営を両国に提案');
    fast profile, or no such governor: a predicate within STEWARDSHIP_GAP characters after を."""
    info = v.syntax.case_of(hs, he) if v.syntax.parsed else None
    if info is not None and info.case == "を" and info.governor is not None:
        lemmas = lex["governed_status"]["lemmas"]
        st = next((st for st in ("proposed", "rejected") if info.governor.lemma in lemmas[st]), None)
        if st is not None and not has_any(v.clean[info.governor.start:info.governor.end + 2],
                                          lex["governed_status"]["negation"]):
            return st
    after = v.clean[he + 1:min(e, he + 1 + STEWARDSHIP_GAP + 3)]
    return next((st for st, verbs in lex["stewardship"]["predicates"].items()
                 for w in verbs if w in after and "、" not in after[:after.find(w)]), None)


def _not_vp_object(obj: str, lex: dict) -> bool:
    """Whether a verb phrase's object names no deal: '新戦略兵器削減条約の履行' (to stop it is a withdrawal),
    '部隊の準備費用として2億ポンド' (a budget sum); not '凍結したロシアの資産' nor 'エネルギー施設への攻撃'."""
    no = lex["vp_not_objects"]
    return has_any(obj, no["words"]) is not None or re.search(no["sum"], obj) is not None


def _vp_verb_lacks(name: str, verb: str, lex: dict) -> bool:
    """Whether a verb that is a proposal only with certain words (vp_verb_needs) lacks them: '4州をロシア領と認める',
    'クリミア併合を事実上認める' hold them; '兵器をロシア領内の目標に使用することを認める' (a permission) does not."""
    need = lex["vp_verb_needs"]["verbs"].get(verb)
    return bool(need) and has_any(name, need) is None


def _plain_form(name: str, suffix: str) -> str:
    """The dictionary form of a verb phrase named by its Sino-Japanese stem: '軍事活動を大幅に縮小' (…縮小すると表明)
    is also '軍事活動を大幅に縮小する'; '攻撃を1週間控える' already is one."""
    if not name or not _KANJI.match(name[-1]):
        return ""
    return name + ("させる" if suffix == "させる" else "する")


def _noun_form(obj: str, verb: str, lex: dict) -> str:
    """The noun a verb phrase is also called by, when its verb is one of vp_verbs.other: '双方の捕虜175人ずつを交換'
    is also '捕虜交換', '遺体を返還' '遺体返還'; '部隊を撤退' has none; a nominal stem joins with の
    (上限の引き下げ)."""
    noun = next((n for n in lex["vp_objects"] if n in obj), None)
    if noun and verb in lex["vp_nominal_stems"]:
        return noun + "の" + verb  # 価格の上限を引き下げ → 上限の引き下げ
    if verb not in lex["vp_verbs"]["other"] or not _KANJI.match(verb[-1]):
        return ""  # 大使館の人員を元に戻す: a native verb makes no noun (交換 → 捕虜交換 does)
    return noun + verb if noun else ""


def _outermost(ms: list[_Mention]) -> list[_Mention]:
    """Drop mentions nested in a longer one (和平委員会 inside 米国主導の和平委員会); one pass over sorted spans.
    A phrase named by its head (…戦闘を止める inside …戦闘を止めるという案) stays an alias of the longer one."""
    keep: list[_Mention] = []
    reach = -1
    for m in sorted(ms, key=lambda m: (m.start, -m.end)):
        if m.end <= reach:
            outer = next((k for k in reversed(keep) if k.start <= m.start and m.end <= k.end), None)
            if outer is not None and m.rule == "proposal.verb_phrase:named" and not outer.named_phrase:
                outer.named_phrase = m.name
            continue
        keep.append(m)
        reach = max(reach, m.end)
    return sorted(keep, key=lambda m: m.start)


def _date(v: DocView, m: _Mention, same_sentence: list[_Mention]) -> Optional[TimeSpan]:
    """A date of the sentence that belongs to this mention (no other mention between them), else the heading's.
    The date right after the sentence's topic (親ロシア派勢力は20日、…「住民投票」を23日から実施すると発表)
    is when it was put forward, and wins over a schedule named after it."""
    term = _occasion_term(v, m)
    if term is not None:
        return term  # 記念日に合わせた5月8日から10日までの3日間の停戦: the truce's own days
    others = [o.start for o in same_sentence if o is not m]
    best: Optional[tuple[int, TimeSpan]] = None
    own = next((d for d in v.ents(m.sent[0], m.start, {"DATE"})
                if _clause_date(v, d, m) and not _event_anchored(v, d)), None)
    if own is not None and isinstance(own.value, TimeSpan) and own.value.start is not None:
        return own.value  # ウクライナ側が前日に示した|合意文書の案: the date of the clause that puts it forward
    for d in v.ents(m.sent[0], m.sent[1], {"DATE"}):
        span = d.value
        if not isinstance(span, TimeSpan) or span.start is None or span.end is None \
                or (span.end - span.start).days > 31 or d.text.endswith("間"):
            continue
        if m.start <= d.start and d.end <= m.end and _BARE_DAYS.search(v.clean[m.start:d.end]):
            continue  # 米提案の30日停戦: the truce's length, not the 30th
        if _event_anchored(v, d) or _plan_term(v, d, m) or _named_day(d) or _ahead(v, span, m):
            continue  # 停戦が成立した「翌日」に部隊を展開: a day after an event, not a day of the calendar
        if _dateline(v, d):
            continue  # a title's '…を設置へ / 24/07/2022 /': the page's date, not the event's
        lo, hi = sorted((d.end, m.start))
        if any(lo <= o < hi and not _in_modifier(v, o, m) for o in others):
            continue
        if d.start >= m.end and any(o >= d.end for o in others):
            continue  # 20項目の案は…先月提示した28項目の計画: 先月 is the 28-point plan's
        if d.end <= m.start and v.clean[d.start - 1:d.start] == "は" and v.clean[d.end:d.end + 1] == "、":
            return span
        if d.end <= m.start and v.clean.startswith(("には、", "に、"), d.end):
            return span  # さらに20日には、停戦を延長するよう逆提案した: the sentence's own time
        if best is None or abs(d.start - m.start) < abs(best[0] - m.start):
            best = (d.start, span)
    if best:
        return best[1]
    m.date_borrowed = True  # the sentence gives none: a paragraph's, heading's or lead's date stands in
    done = m.status in ("proposed", "agreed", "signed", "rejected") or \
        _put_but_open(_unglossed(v.clean[m.end:m.sent[1]]), _lex())  # only what the sentence says was done
    return _paragraph_date(v, m) or v.heading_date(m.start) or (_lead_date(v) if done else None)


def _occasion_term(v: DocView, m: _Mention) -> Optional[TimeSpan]:
    """The days an occasion truce names inside its own span ('…に合わせた5月8日から10日までの3日間の停戦'), or None."""
    if m.rule != "proposal.occasion_truce":
        return None
    return next((d.value for d in v.ents(m.start, m.end, {"DATE"}) if isinstance(d.value, TimeSpan)
                 and d.value.start is not None and d.value.end is not None and not d.text.endswith("間")), None)


def _in_modifier(v: DocView, o: int, m: _Mention) -> bool:
    """A mention at o inside the clause that modifies m, which a date before both dates too: '1月に…多国籍部隊を
    展開する意向を示した|宣言に署名した' (no comma between, the clause ends in a verb right at the name)."""
    between = v.clean[o:m.start].rstrip("「『")
    return o < m.start and not any(c in between for c in "、。」\n") and between.endswith(("した", "った", "する"))


def _event_anchored(v: DocView, d) -> bool:
    """A relative day counted from an event the text names right before it, not from the article's date:
    '停戦の翌日', '和平が成立した「翌日」に'. Not '同日' or '前日に示した' after a subject (…側が前日に)."""
    if d.text.strip("「」") not in _lex()["anchored_relative_days"]:
        return False
    before = v.clean[max(0, d.start - 2):d.start].rstrip("「『")
    return before.endswith(("の", "た", "る"))


def _ahead(v: DocView, span, m: _Mention) -> bool:
    """A date after the article's publication for a proposal already on the table ('…は来週23日に協議',
    '結論は来月の首脳会議に持ち越された'): the schedule of talks on it, not the day it was put forward. A proposal
    still to be put forward keeps it: '26日に勝利計画を提示する'."""
    return m.status != "proposed" and v.published is not None and isinstance(span, TimeSpan) \
        and span.start is not None and span.start > v.published


def _named_day(d) -> bool:
    """A holiday named without a year ('クリスマス', '大みそか'): the occasion of a truce or a deadline
    ('クリスマスまでに合意'), never the day a proposal was put forward."""
    return d.text.strip("「」") in lexicon("dates")["named_days"]


def _plan_term(v: DocView, d, m: _Mention) -> bool:
    """A date that sets the plan's own term or occasion, not the day it was put forward: '12日から30日間の停戦を
    受け入れるよう求めた', '年末までに500億ドルを供与する「融資」', 'クリスマス停戦' (a day without digits in or
    right before the name); not '10日、…停戦を求めた', '3月の合意' (a numbered date there may be the agreement's)
    nor '8日から10日までの3日間の停戦' (a closed range is the whole term, which dates a plan that gives no other)."""
    if (m.start <= d.start and d.end <= m.end) or d.end == m.start:
        return not re.search(r"[0-9０-９]", d.text)
    lex = _lex()
    return v.clean.startswith(tuple(lex["term_date_after"]), d.end) and not has_any(d.text, lex["date_range_marks"])


_DATELINE = re.compile(r"[\s0-9０-９年月日時分:：/／.更新投稿日　 ]*")


def _dateline(v: DocView, d) -> bool:
    """A date alone on its line ('2025年3月12日', '24/07/2022', '投稿日：2025年11月26日'): the page's dateline,
    which a title's mention reaches for want of a full stop; not '7月22日、両国は…署名した'."""
    lo = v.clean.rfind("\n", 0, d.start) + 1
    hi = v.clean.find("\n", d.end)
    line = v.clean[lo:hi if hi != -1 else len(v.clean)]
    return _DATELINE.fullmatch(line) is not None


CLAUSE_DATE_GAP = 12  # characters between a clause's date and the mention it modifies: 前日に示した|案


def _clause_date(v: DocView, d, m: _Mention) -> bool:
    """A date inside the clause right before the mention, with a proposing or deciding verb after it:
    'ラブロフ外相は7日、ウクライナ側が前日に示した合意文書の案について…' dates the draft to 前日 (not 7日);
    not '7日、…案について' (no verb between) nor a date across a comma."""
    between = v.clean[d.end:m.start]
    if d.end > m.start or len(between) > CLAUSE_DATE_GAP or any(c in between for c in "、。「」"):
        return False
    lex = _lex()
    return any(has_any(between, lex["status"][k]) for k in ("proposed", "agreed", "signed"))


LEAD_SENTENCES = 3  # body sentences read for the date of the events the article reports
LEAD_DAYS = 3       # a lead date spans at most this many days (18～19日 is the event, 今月 is not)


def _lead_date(v: DocView) -> Optional[TimeSpan]:
    """The date of the article's lead, for a mention put forward or decided that its sentence and section leave
    undated (a plan only discussed keeps none): '…は18～19日に
    首脳会議を開き、…を決めた' dates a later '共同借り入れ案が採用された'. Headings and datelines are skipped
    (a title's 2023年7月21日 dates the page, not the events)."""
    read = 0
    for s, e in v.sentences:
        if is_heading(v, s) or re.fullmatch(r"[\s0-9０-９年月日時分:：更新　 ]*", v.clean[s:e]):
            continue
        for d in v.ents(s, e, {"DATE"}):
            span = d.value
            if isinstance(span, TimeSpan) and span.start and span.end and not d.text.endswith("間") \
                    and (span.end - span.start).days < LEAD_DAYS and not _event_anchored(v, d) and not _dateline(v, d):
                return span
        read += 1
        if read >= LEAD_SENTENCES:
            return None
    return None


SECTION_BACK = 6  # sentences looked back, within the section, for the date of the events they report


def _paragraph_date(v: DocView, m: _Mention) -> Optional[TimeSpan]:
    """The nearest day-like date of the section's earlier sentences: '■覚書は交わしたが / 2日の2回目の協議は
    …行われた。/ 双方は…覚書を交換した。' dates the memoranda to the 2nd."""
    found = [d for d in section_dates(v, m.start, SECTION_BACK)
             if not _event_anchored(v, d) and not _dateline(v, d) and not _named_day(d) and not _ahead(v, d.value, m)]
    value = found[0].value if found else None
    return value if isinstance(value, TimeSpan) else None


def _revisions(v: DocView, ms: list[_Mention]) -> None:
    """AはBの改訂版 / BをAに絞り込んだ: A revises B."""
    lex = _lex()
    by_sent: dict = {}
    for m in ms:
        by_sent.setdefault(m.sent, []).append(m)
    for a in ms:
        for b in by_sent[a.sent]:  # pairs within one sentence only: linear in the document
            if a is b or b.start < a.end:
                continue
            if has_any(v.clean[b.end:b.end + 8], lex["revision_after"]):
                a.revises = b.name
            elif has_any(v.clean[a.end:b.start], ("から",)) and has_any(v.clean[b.end:a.sent[1]], lex["narrowing"]):
                b.revises = a.name
            elif v.clean.startswith("は", a.end) and v.clean.startswith("に", b.end) and \
                    has_any(v.clean[b.end:b.end + 8], lex["narrowing"]):
                b.revises = a.name  # 28項目の和平計画は、…19項目の枠組みに絞り込まれた
            elif v.clean.startswith("は", a.end) and v.clean.startswith("を", b.end) and \
                    has_any(v.clean[b.end:a.sent[1]], lex["narrowing"]):
                a.revises = b.name  # 20項目の計画は、…28項目の案を、…協議で修正したもの
            elif _reworked_from(v.clean[a.end:b.start], lex):
                b.revises = a.name  # 28項目の和平計画をもとに、…練り直した|19項目の修正案


def _reworked_from(between: str, lex: dict) -> bool:
    """The clause between two proposals reworks the first into the second: '28項目の和平計画|をもとに、…米ウクライナが
    練り直した|19項目の修正案', '28項目の案|に、ウクライナと欧州が修正を加えた|20項目の文書', '和平案|をめぐり、…協議を
    踏まえて修正した|19項目の文書'; not '…案|を批判し、独自に作成した|対案' (no reworking verb), nor a clause
    closed before the second ('修正した。|…案')."""
    rf = lex["reworked_from"]
    return re.match(rf"[」』]?{alternation(rf['links'])}、?[^。]{{0,{rf['reach']}}}?{alternation(rf['verbs'])}$",
                    between) is not None


def _revised_before(v: DocView, groups: list[list[_Mention]]) -> None:
    """A counter-proposal revises the last plan with points or a peace plan named before it ('米国が示した28項目の
    和平計画…。欧州側がまとめた対案'); an extension the last truce or deal before it ('…イニシアチブ…。2カ月の
    延長を発表'). Only when no revision was read in its own sentence."""
    lex = _lex()
    firsts = sorted((min(x.start for x in g), i) for i, g in enumerate(groups))
    for pos, i in firsts:
        g = groups[i]
        if any(x.revises for x in g):
            continue
        heads = {x.head for x in g} | {x.core for x in g}
        counter = bool(heads & set(lex["counter_heads"]))
        extension = bool(heads & set(lex["extension_heads"]))
        if not (counter or extension):
            continue
        answered = next((t for t in map(_answered_in_name, g) if t), None)
        if answered:
            g[0].revises = answered  # 当初案への対案 revises 当初案
            continue
        prior = [(p, j) for p, j in firsts if p < pos and j != i and _revisable(groups[j], counter, lex)]
        if prior:
            target = groups[prior[-1][1]]
            g[0].revises = next((x.name for x in target if not x.by_country), target[0].name)


def _narrowed_to(v: DocView, groups: list[list[_Mention]], lex: dict) -> None:
    """A count a plan was cut or changed to revises the plan of another count named before it: '28項目の計画…。
    …計画は19項目に絞り込まれ' makes the 19-point plan revise the 28-point one. Only when nothing was read."""
    firsts = sorted((min(x.start for x in g), i) for i, g in enumerate(groups))
    for pos, i in firsts:
        g = groups[i]
        n = next((x.points for x in g if x.points), None)
        narrowed = any(x.points and re.match(r"」?[にへ]と?", v.clean[x.end:x.end + 3])
                       and has_any(v.clean[x.end:x.end + 8], lex["narrowing"]) for x in g)
        if n is None or not narrowed or any(x.revises for x in g):
            continue
        prior = [j for p, j in firsts if p < pos and j != i
                 and next((x.points for x in groups[j] if x.points), n) != n]
        if prior:
            target = groups[prior[-1]]
            g[0].revises = next((x.name for x in target if not x.by_country), target[0].name)


def _answered_in_name(m: _Mention) -> Optional[str]:
    """The plan a counter-proposal names as the one it answers: '28項目の計画に対する修正案の対案' → '28項目の計画'."""
    if m.head not in _lex()["counter_only_heads"]:
        return None
    link = has_any(m.name, _lex()["counter_target_links"])
    return m.name[:m.name.index(link)] if link and m.name.index(link) >= 2 else None


def _revisable(g: list[_Mention], counter: bool, lex: dict) -> bool:
    """What a counter-proposal revises (a counted or peace plan) or an extension extends (a truce or a deal)."""
    if counter:
        planned = any(x.points for x in g) or any(c in x.name for x in g for c in ("和平", "平和"))
        return planned and not any(x.head in lex["counter_heads"] for x in g)
    return any(_truce_like(x) or x.head in ("合意", "イニシアチブ", "イニシアティブ", "協定") for x in g) and \
        not any(x.head in lex["extension_heads"] for x in g)


@lru_cache(maxsize=8192)
def _sides(name: str) -> frozenset:
    return frozenset(_SIDE.findall(name))


def _counter_apart(g: list[_Mention], m: _Mention) -> bool:
    """A counter-proposal (対案, 逆提案) is never the plan it answers: '当初案への対案' and '当初案', '…とする対案'
    and '19項目の案' are two proposals, even when one name holds the other."""
    own = set(_lex()["counter_only_heads"])
    return (m.head in own) != any(x.head in own for x in g)


def _counter_split(prev: _Mention, m: _Mention) -> bool:
    """A counter-proposal named by a noun is not the plan named next to it; the verb phrase it puts forward
    (停戦を延長するよう逆提案した) still is."""
    return "verb_phrase" not in prev.rule + m.rule and _counter_apart([prev], m)


def _counter_aliases(g: list[_Mention], name: str, aliases: list[str]) -> list[str]:
    """A counter-proposal is called by its bare head too ('当初案への対案' is 'the 対案'); the plan it answers,
    which its name holds, is no alias of it."""
    head = next((x.head for x in g if x.name == name and x.head in _lex()["counter_only_heads"]), None)
    if head is None:
        return aliases
    return [a for a in aliases if a.endswith(head)] + ([head] if head != name and head not in aliases else [])


def _same(g: list[_Mention], m: _Mention) -> bool:
    if _own_version(m) or _counter_apart(g, m) or _rival_author(g, m):
        return False  # ロシア側の「覚書」… ウクライナ側は独自の覚書を示した: two memoranda
    if _other_length(g, m):
        return False  # 60日間の延長 ≠ 120日間の延長 (the merge key drops the span)
    if any(_key(x.name) == _key(m.name) for x in g):
        return True  # the same name, with or without its point count
    if _same_occasion(g, m):
        return True  # 復活祭の「停戦」 (a title) = 復活祭に合わせ…戦闘を停止すると表明: one truce of one occasion
    if not _noun_form_taken(g, m) and \
            any(_key(a) == _key(b) for x in g for a, b in ((x.name, m.noun_form), (x.noun_form, m.name)) if a and b):
        return True  # 捕虜交換で合意 (a headline) = 捕虜計314人を交換することで合意: a phrase's noun form
    if m.rule == "proposal.package":
        return any(x.rule == "proposal.package" and _round(x.name) == _round(m.name) for x in g)
    pts = {x.points for x in g if x.points}
    if m.points or pts:
        return bool(m.points and m.points in pts)
    km = _key(m.name)
    span = _span_of(m)
    for x in g:
        if span and m.head == x.head and span == _span_of(x):
            return True  # 米提案の30日停戦 = 即時かつ暫定的な30日間の停戦
        if _same_domain(x, m):
            return True  # エネルギー施設をめぐる部分的停戦 = エネルギー施設への攻撃を30日間控える
        if m.bloc and m.head == x.head and m.bloc == x.bloc:
            return True  # NATOへの早期の招待 = 北大西洋条約機構への加盟に向けた「招待」
        if _abbreviates(x, m) or _abbreviates(m, x) or _subsequence(_key(x.name), km):
            return True
        kx = _key(x.name)
        if _sides(x.name) and _sides(m.name) and _sides(x.name) != _sides(m.name):
            return False
        if _landmark(x, m) or _landmark(m, x):
            continue
        if len(kx) >= 3 and len(km) >= 3 and (kx in km or km in kx):
            return True
        if _same_head_topic(x, m):
            return True
    return False


def _same_occasion(g: list[_Mention], m: _Mention) -> bool:
    """Whether m and a mention of g are truces of one occasion (proposal.occasion_truce, one noun form)."""
    return m.rule == "proposal.occasion_truce" and \
        any(x.rule == m.rule and x.noun_form == m.noun_form for x in g)


def _rival_author(g: list[_Mention], m: _Mention) -> bool:
    """Two sides each putting forward a document of one name are two proposals: 'ウクライナ側は事前に覚書を提出し'
    and 'ロシア側は協議の場で覚書を手渡した' (both put forward, by authors with none in common); not a plan one side
    puts forward and the other answers (the answer is no 'proposed')."""
    if m.status != "proposed" or not m.proposer:
        return False
    authors = [{a.canonical for a in x.proposer} for x in g if x.status == "proposed" and x.proposer]
    mine = {a.canonical for a in m.proposer}
    return bool(authors) and not any(mine & a for a in authors)


def _other_length(g: list[_Mention], m: _Mention) -> bool:
    """Whether g holds an extension of another length than m's: '60日間に限って延長' and '120日間の延長' are two
    proposals; '60日間の延長' and a bare '延長' may be one."""
    span = _span_of(m) if m.head in _lex()["extension_heads"] else None
    return span is not None and any(x.head == m.head and _span_of(x) not in (None, span) for x in g)


def _noun_form_taken(g: list[_Mention], m: _Mention) -> bool:
    """Whether g already holds another phrase of m's noun form: after '1000人ずつの捕虜を交換することで合意' joined
    the bare 捕虜交換, '重傷の捕虜を全員対全員で交換することで一致' is a second exchange, not the same one."""
    return bool(m.noun_form) and any(x.noun_form == m.noun_form and _key(x.name) != _key(m.name) for x in g)


def _landmark(short: _Mention, long: _Mention) -> bool:
    """Whether long's naming clause holds short's name only as a landmark, not as the object its verb takes:
    '停戦ラインの両側に…緩衝地帯を設ける構想' places the buffer zone by the ceasefire line (the zone is its object),
    so it is no mention of the line; '緩衝地帯を設ける構想' is one of the zone."""
    if not long.clause or len(short.name) >= len(long.name):
        return False
    clause = long.name[:long.clause]
    i = clause.find(short.name)
    if i < 0:
        return False
    rest = clause[i + len(short.name):]
    return "を" in rest and not rest.startswith(("を", "」を"))


def _quoted_first(v: DocView, m: _Mention, ms: list[_Mention]) -> bool:
    """A bare head in quotes named before any fuller name of it is a name of its own when the fuller names only
    say whose it is: 'ロシア側は…「覚書」を手渡した' stays when 'ロシアの覚書を検討する' follows; a bare 覚書
    after 'ロシア側の覚書' does not, nor 「和平公式」 before '10項目の和平公式'."""
    quoted = "「" in v.clean[max(0, m.start - 1):m.start + 1] and "」" in v.clean[m.end - 1:m.end + 1]
    fuller = [x for x in ms if x.head == m.head and x.name != x.head]
    return quoted and all(x.start > m.start and _owner_named(v, x) for x in fuller)


def _owner_named(v: DocView, x: _Mention) -> bool:
    """A fuller name that only says whose it is: 'ロシアの覚書' (not '10項目の和平公式', which says more)."""
    return x.points is None and not x.clause and \
        v.first(x.start, x.end - len(x.head), {"GPE", "ORG", "PERSON"}) is not None


def _own_version(m: _Mention) -> bool:
    """A name that says it is a side's own version starts a proposal of its own: '…を出発点とする独自の覚書'
    (not the 「覚書」 the other side handed over); a plain '覚書' later joins the first one named."""
    return has_any(m.name, _lex()["own_version"]["words"]) is not None


def _round(name: str) -> str:
    """The ordinal of a package round, in half-width digits: 対ロシア制裁の第１７弾 and 第17弾の制裁パッケージ → 17."""
    m = re.search(r"第([0-9０-９一二三四五六七八九十]{1,3})弾", name)
    return unicodedata.normalize("NFKC", m.group(1)) if m else name


_BARE_DAYS = re.compile(r"(?<![月0-9０-９])([0-9０-９]+)日$")


def _span_of(m: _Mention) -> Optional[str]:
    """A truce's length, '30日間' for '30日間の停戦' and for a headline's '30日停戦' (a bare 日 right before
    the head; '5月30日停戦' is a date)."""
    span = _re()["span"].search(m.name)
    if span:
        return span.group(0).translate(_DIGITS)
    bare = _BARE_DAYS.search(m.name[:len(m.name) - len(m.head)]) if m.name.endswith(m.head) else None
    return bare.group(0).translate(_DIGITS) + "間" if bare else None


def _abbreviates(short: _Mention, long: _Mention) -> bool:
    """A compound name cut short in a headline: '鉱物協定' for '鉱物資源協定' (the same head, the shorter
    modifier starting the longer); not '和平協定' for '和平合意' (another head)."""
    sn, ln = short.core or short.name, long.core or long.name  # 仲介する|ガス輸送協定: the name without its clause
    if short.head != long.head or not sn.endswith(short.head) or not ln.endswith(long.head):
        return False
    a, b = sn[:-len(short.head)], ln[:-len(long.head)]
    whole = all(_COMPOUND.fullmatch(c) for c in a + b)
    return whole and len(a) >= 2 and len(b) > len(a) and b.startswith(a)


def _same_domain(x: _Mention, m: _Mention) -> bool:
    """Two truces limited to the same domain: '黒海の海上停戦' and '海上での攻撃停止'; not 'エネルギー施設への
    攻撃停止' and '民間施設への攻撃停止' (no domain shared)."""
    lex = _lex()
    if not (_truce_like(x) and _truce_like(m)):
        return False
    return any(d in x.name and d in m.name for d in lex["truce_domains"])


def _truce_like(x: _Mention) -> bool:
    """A truce by its head, its verb, or a plain plan head whose clause halts attacks ('…攻撃を相互に停止する案');
    not '…攻撃を双方が停止する恒久的な合意' (a deal of its own, beside a one-week truce)."""
    lex = _lex()
    return x.head in lex["bare_ok"] or x.head in lex["kinds"]["ceasefire"] or x.vp_kind == "ceasefire" \
        or (x.clause > 0 and x.head in lex["counted_plan_heads"]
            and "ceasefire" in (_kind(x.name, lex), _clause_vp_kind(x.name, lex)))


SUBSEQ_MIN = 6  # key characters a name needs before its words may be spread out in another's


def _subsequence(a: str, b: str) -> bool:
    """One key's characters in order inside the other, the same last word: 'エネルギー施設への攻撃停止' and
    'エネルギー・インフラ施設への攻撃を控える'; not '民間施設への攻撃停止' (民間 is not in the other)."""
    short, long = sorted((a.replace("・", ""), b.replace("・", "")), key=len)
    if len(short) < SUBSEQ_MIN or short[-2:] != long[-2:]:
        return False
    it = iter(long)
    return all(c in it for c in short)


_KANJI = re.compile(r"[\u4e00-\u9fff々]")
TOPIC_MIN = 4  # kanji a modifier needs to identify its proposal: 航行安全の枠組み = 黒海の航行の安全を確保する枠組み


def _same_head_topic(x: _Mention, m: _Mention) -> bool:
    """The same head whose shorter modifier lies inside the longer one's (の, を, する aside): '捕虜送還の枠組み'
    and '捕虜の送還を迅速に進める枠組み'. A short modifier (ロシア, 米国) identifies nothing."""
    if x.head != m.head or not x.name.endswith(x.head) or not m.name.endswith(m.head):
        return False
    a, b = (_key(n[:len(n) - len(h)]) for n, h in ((x.name, x.head), (m.name, m.head)))
    short, long = sorted((a, b), key=len)
    return len(_KANJI.findall(short)) >= TOPIC_MIN and short in long


def extract(v: DocView) -> list[Proposal]:
    ms = _drop_money_channels(v, _drop_exchange_terms(v, _mentions(v), _lex()), _lex())
    ms = _drop_stance_documents(v, _drop_process_frames(_drop_meeting_goals(v, ms, _lex()), _lex()), _lex())
    ms = _form_documents(ms, _lex())
    _revisions(v, ms)
    groups, refs = _group(v, ms)
    groups = _join_counted_plans(v, _merge_same_names(groups), _lex())
    _revised_before(v, groups)
    _narrowed_to(v, groups, _lex())
    _attach_references(v, groups, refs)
    _settle_by_anaphor(v, groups, _anaphors(v, _lex()))
    _count_back(v, groups, _counted_heads(v, _lex()))
    _count_told(v, groups, _told_counts(v, _lex()))
    groups = _merge_forces(_merge_same_count(_fold_statusless(groups)), _lex())
    kept = [g for g, k in zip(groups, _lone_owned(groups, [_specific(v, g) for g in groups])) if k]
    recs = _with_document_heads(kept, _kinds_by_partner(v, kept, [_record(v, g) for g in kept]))
    return _split_by_partner(v, kept, recs, _lex())


PARTNER_HEAD = re.compile(r"^[^、。「」の]{1,12}との([^、。「」の]{1,6})$")  # イタリアとの|協定


def _kinds_by_partner(v: DocView, groups: list[list[_Mention]], recs: list[Proposal]) -> list[Proposal]:
    """A head named only by its partner (イタリアとの協定) that nothing gives a kind is one of the same head's deals
    named just before it (REFERENCE_SENTENCES): '…2国間の安全保障協定に署名した。イタリアとの協定は期間10年で'."""
    for g, r in zip(groups, recs):
        m = PARTNER_HEAD.match(r.name)
        if r.kind != "other" or m is None:
            continue
        here = v.sent_index(g[0].start)
        before = [(x.end, rr) for gg, rr in zip(groups, recs) if rr is not r and rr.kind != "other" for x in gg
                  if x.end <= g[0].start and here - v.sent_index(x.start) <= REFERENCE_SENTENCES
                  and x.name.rstrip("」").endswith(m.group(1))]
        if before:
            r.kind = max(before, key=lambda p: p[0])[1].kind
    return recs


def _split_by_partner(v: DocView, groups: list[list[_Mention]], recs: list[Proposal], lex: dict) -> list[Proposal]:
    """Documents of one kind signed with several partners, each its own, are one record per partner: 'A大統領は、
    B首相およびC大統領とも、それぞれ二国間の安全保障協定に署名した', 'BとCを訪れ、両国とそれぞれ…協定に署名',
    'B首相が…、C大統領が…、相次いでA大統領と協定に署名した' (B–A and C–A); not one document the parties
    sign together ('AとBとCは覚書に署名した': no distributive word)."""
    dp = lex["distributed_partners"]
    heads = [{x.head for x in g if x.head in dp["heads"]} for g in groups]
    out = []
    for g, r, hs in zip(groups, recs, heads):
        own = [h for h in hs if sum(h in other for other in heads) == 1]  # the text's only record with that head
        cands = g + [b for h in own for b in _bare_signed(v, h, lex)]
        parties = next((p for x in cands if (p := _distributed_parties(v, x, lex))), None)
        if parties is None:
            out.append(r)
            continue
        common, partners = parties
        for ent, actor in partners:
            copy = r.model_copy(deep=True)
            copy.proposer = dedup_actors([actor, common])
            copy.evidence = [v.span(ent.start, ent.end)] + copy.evidence  # its own first span: its own id
            out.append(copy)
    return _fold_partner_names(v, out, [r for r in out if not any(r is x for x in recs)], lex)


def _fold_partner_names(v: DocView, recs: list[Proposal], split: list[Proposal], lex: dict) -> list[Proposal]:
    """A document named by its partner after the split ('イタリアとの協定は期間10年で') is that partner's record, named
    so, and one named by all of them ('両国との協定は…') is theirs: neither is a record of its own."""
    out = []
    for r in recs:
        m = PARTNER_HEAD.match(r.name)
        mine = [x for x in split if m and x.name.endswith(m.group(1))]
        if not mine or any(r is x for x in split):
            out.append(r)
            continue
        ev = next((e for e in r.evidence if e.text.replace("「", "").replace("」", "") == r.name), r.evidence[0])
        states = {a.canonical for e in v.ents(ev.start, ev.end, {"GPE"}) if (a := state_of(e)) is not None}
        partner = [x for x in mine if states & {a.canonical for a in x.proposer}]
        if not partner and not r.name.startswith(tuple(lex["distributed_partners"]["all_partners"])):
            out.append(r)
        for x in partner:  # its own name: the partner says which of the deals it is
            x.aliases, x.name = [a for a in dict.fromkeys([x.name] + x.aliases + r.aliases) if a != r.name], r.name
    return out


def _bare_signed(v: DocView, head: str, lex: dict) -> list[_Mention]:
    """The bare head signed in a sentence ('…と協定に署名した'), which the mentions leave out when a fuller name of
    the same head is there: a mention to read the parties of."""
    out = []
    for s, e in v.sentences:
        for i, j, _ in find_all(v.clean, [head], s, e):
            if v.clean.startswith(tuple(lex["signed_documents"]["after"]), j):
                out.append(_Mention(i, j, head, head, (s, e), status="signed"))
    return out


def _distributed_parties(v: DocView, m: _Mention, lex: dict) -> Optional[tuple]:
    """(the common party, [(entity, state) of each partner]) when m is a document head signed with a distributive
    word between its parties and it (distributed_partners); the common party is the sentence's topic (A大統領は),
    with its partners after it, or, with no topic, the one party marked with と after the distributive word."""
    dp = lex["distributed_partners"]
    s = m.sent[0]
    if m.head not in dp["heads"] or m.status not in ("signed", "agreed"):
        return None
    before = v.clean[s:m.start]
    at, word = max((before.rfind(w), w) for w in dp["markers"])
    if at < 0 or before.startswith("の", at + len(word)) or before.count("「") != before.count("」"):
        return None  # それぞれの立場: no distributive word; a quoted remark: not the narrator's
    mark = s + at
    ents = [x for x in v.ents(s, m.start, {"GPE", "PERSON"}) if x.kind == "country" or x.label == "PERSON"]
    states = [(x, a) for x in ents if (a := _party_state(v, ents, x)) is not None]
    topic = [(x, a) for x, a in states if x.start < mark and _re()["topic_party"].match(v.clean, x.end)]
    paired = [(x, a) for x, a in states if x.start > mark and _re()["with_party"].match(v.clean, x.end)]
    if not (topic or paired) or (topic and _paired_topic(v, ents, topic[0][0])):
        return None  # ロシアとウクライナは、それぞれ…と合意文書に署名: a pair as the topic, one record
    (_, common), after = (topic[0], topic[0][0].end) if topic else (paired[0], s)
    partners: dict = {}
    for x, a in states:
        if a.canonical != common.canonical and after <= x.start < mark and _re()["partner_party"].match(v.clean, x.end):
            partners.setdefault(a.canonical, (x, a))
    return (common, list(partners.values())) if len(partners) >= 2 else None


def _paired_topic(v: DocView, ents: list, x) -> bool:
    """A topic coordinated with a party before it: 'ロシアとウクライナは'."""
    return any(p.end < x.start and v.clean[p.end:x.start] in ("と", "・", "、") for p in ents)


def _party_state(v: DocView, ents: list, x):
    """The state a party stands for: a country's own; a person right after a country's possessive is that
    country's ('エストニアの|カラス首相', whatever else the name could be), and the country itself is then no
    party of its own (the person, with the particle after, is)."""
    if any(p.label == "PERSON" and p.start == x.end + 1 and v.clean[x.end] == "の" for p in ents):
        return None
    of = next((c for c in ents if c.kind == "country" and c.end + 1 == x.start and v.clean[c.end] == "の"), None)
    return state_of(of if of is not None and x.label == "PERSON" else x)


def _with_document_heads(groups: list[list[_Mention]], recs: list[Proposal]) -> list[Proposal]:
    """A document or plan the text names with a naming clause is also named by its bare head when it is the
    text's only record with that head: '…鉱物資源の共同開発をめぐる協定の締結に向けた覚書' is also '覚書' (the text
    goes on '覚書の中身は…'), '…民間投資の呼び水にする構想' is also '構想'; not a name without a naming clause
    ('アルバニア提出の決議案' is told apart from '同様の決議案' by its proposer), nor when two records share the
    head (ロシアの覚書 and ウクライナの覚書)."""
    docs = set(_lex()["head_names"] + _lex()["heads"])
    heads = [{x.head for x in g if x.head in docs} for g in groups]
    for g, r, hs in zip(groups, recs, heads):
        for h in sorted({x.head for x in g if x.clause} & hs):  # 'アルバニア提出の決議案' says whose: no clause
            if sum(h in other for other in heads) == 1 and h != r.name and h not in r.aliases:
                r.aliases.append(h)
    return recs


def _exchange_term(v: DocView, m: _Mention, lex: dict) -> bool:
    """Whether m is the price a side pays for another proposal: '中立化と引き換えに複数の国が安全を保証する枠組み',
    '見返りにウクライナは中立化を受け入れ'; not '「中立化」を受け入れる用意があると表明した' (no exchange term)."""
    ex = lex["exchange_terms"]
    if m.head not in ex["heads"]:
        return False
    after = v.clean[m.end:m.end + ex["reach"]].lstrip("」")
    return after.startswith(tuple(ex["after"])) or has_any(v.clean[m.sent[0]:m.start], ex["before"]) is not None


def _money_channel(v: DocView, m: _Mention, lex: dict) -> bool:
    """Whether m names a programme or fund a sum flows through, not a proposal: '無償資金協力「電力復旧計画」により
    変圧器を供与', '世界銀行の「再建信託基金（URTF）」に1億ドルを拠出',
    '「…信託基金」への拠出を通じ', '「…ファシリティー」から35億ユーロを支払う';
    not '「…ファシリティー」の設置に合意' (the fund itself is agreed)."""
    ch = lex["money_channel"]
    before = v.clean[max(m.sent[0], m.start - 12):m.start].rstrip("「")
    if before.endswith(tuple(ch["before"])):
        return True
    if _newly_set_up(v, m.start, lex):
        return False  # 増額分は新設する「ウクライナ支援基金」に充て: the new fund is set up, not only paid into
    after = _GLOSS_AFTER.sub("", v.clean[m.end:m.end + ch["into_reach"] + 12].lstrip("」"), count=1)
    after = after.lstrip("」")
    if after.startswith(tuple(ch["after"])) or re.match(ch["from_amount"], after):
        return True
    verb = next((w for w in ch["into_verbs"] if after.startswith("への" + w)), None)
    if verb and after[2 + len(verb):].startswith(tuple(ch["after"])):
        return True  # 「…信託基金（URTF）」への拠出を通じ: the channel of a payment (not 「…融資」への拠出が決まった)
    head = re.match(r"^[にへ](?!の)([^。、「」]*)", after)  # not 「…融資」へのEUの拠出分 (a share of an agreed loan)
    paid_into = head is not None and has_any(head.group(1)[:ch["into_reach"]], ch["into_verbs"]) is not None
    return paid_into or _paid_through_fund(v, m, ch)


_CHANNEL_GLOSS = re.compile(r"^」?(?:[（(][^（）()「」。]{1,20}[）)])?」?")  # 「…（USAI）」: the quote and gloss


def _paid_through_fund(v: DocView, m: _Mention, ch: dict) -> bool:
    """A standing fund named as the channel of money: '「…支援イニシアチブ（USAI）」の枠組みで…調達',
    '「…ファシリティー」の資金を5億ユーロ上積み', '基金「…（EPF）」から、…5億ユーロを拠出', '「…」に基づくもので'
    (money_channel.fund_heads, via_links); not a fund its sentence calls new ('新たな枠組み「…」に基づき…支払った')."""
    name, rest = m.name, v.clean[m.end:m.sent[1]]
    for tail in ch["frame_tails"]:  # 「…（USAI）」の枠組み|で調達: the frame is the channel's
        if name.endswith(tail):
            name, rest = name[:-len(tail)], tail + rest
    name = _GLOSS_AFTER.sub("", name.replace("「", "").replace("」", ""))
    if not name.endswith(tuple(ch["fund_heads"])):
        return False
    rest = _CHANNEL_GLOSS.sub("", rest, count=1)
    link = next((w for w in ch["via_links"] if rest.startswith(w)), None)
    if not rest.startswith(tuple(ch["grounding_links"])) and \
            (link is None or has_any(rest[len(link):][:ch["via_reach"]], ch["via_money"]) is None):
        return False
    return has_any(v.clean[max(m.sent[0], m.start - 12):m.end], ch["new_words"]) is None


def _drop_money_channels(v: DocView, ms: list[_Mention], lex: dict) -> list[_Mention]:
    """Names of the channels money flows through leave the proposals (the money record has the sum)."""
    return [m for m in ms if not _money_channel(v, m, lex)]


def _meeting_goal(v: DocView, m: _Mention, lex: dict) -> bool:
    """Whether m is the agreement a meeting aims at: '来月イタリアで開かれるサミットでの合意をめざす'; not '…攻撃を
    停止する合意を目指す' (the deal is named by what it does) nor 'サミットでの合意を歓迎' (reached, not aimed at)."""
    mg = lex["meeting_goals"]
    if m.head not in mg["heads"] or not v.clean.endswith(tuple(mg["before"]), 0, m.end - len(m.head)):
        return False
    return v.clean.startswith(tuple(mg["after"]), m.end)


def _drop_meeting_goals(v: DocView, ms: list[_Mention], lex: dict) -> list[_Mention]:
    """An agreement only hoped for at a meeting leaves the proposals (the meeting record carries the talks)."""
    return [m for m in ms if not _meeting_goal(v, m, lex)]


def _drop_stance_documents(v: DocView, ms: list[_Mention], lex: dict) -> list[_Mention]:
    """A joint document whose content its sentence tells as a condemnation or a call for restraint, or whose wording
    is what is argued over, states views and proposes nothing: '採択された首脳宣言は「…戦争を強く非難した」と記す',
    '首脳宣言の文言を巡り、各国の調整が続いている' (stance_documents); not '首脳宣言は、…加盟へ招待すると明記'."""
    sd = lex["stance_documents"]
    return [m for m in ms if not (m.head in lex["joint_heads"]
                                  and has_any(v.clean[m.end:m.sent[1]][:sd["reach"]], sd["words"]))]


def _form_documents(ms: list[_Mention], lex: dict) -> list[_Mention]:
    """A document named only by its legal form or its part in another (法的文書, 秘密付属文書, 提案文書, a bare
    設立協定) is no proposal of its own; a body's founding document ('「…基金」の設立協定に署名',
    '基金の設立文書を採択') is the body itself, named so (form_documents)."""
    fd = lex["form_documents"]
    out = []
    for m in ms:
        name = m.name.replace("「", "").replace("」", "")
        if name in fd["forms"] or name in fd["founding"]:
            continue  # a bare 設立協定 refers to the founding document of a body named by its own name
        founding = next((f for f in fd["founding"] if name.endswith("の" + f)), None)
        body = name[:-len(founding) - 1] if founding else ""
        head = next((h for h in lex["heads"] if body.endswith(h)), None)
        if head:
            m.name, m.head, m.core, m.clause = body, head, body, 0
        out.append(m)
    return out


def _drop_process_frames(ms: list[_Mention], lex: dict) -> list[_Mention]:
    """The frame of a process (交渉の枠組み, 和平交渉の枠組みづくり, 協議の枠組み) sets how talks run, not what they
    would settle: no proposal (process_frames); '安全を保証する枠組み' and '停戦監視の枠組み' name what they do."""
    pf = _re()["process_frame"]
    return [m for m in ms if not pf.fullmatch(m.name.replace("「", "").replace("」", ""))]


def _drop_exchange_terms(v: DocView, ms: list[_Mention], lex: dict) -> list[_Mention]:
    """A concession traded for another proposal is part of that proposal, in every mention of it: with
    '中立化と引き換えに…安全を保証する枠組み' in the body, the headline's 'ウクライナ、中立化と「安全の保証」提案' names
    no second proposal either."""
    traded = {m.head for m in ms if _exchange_term(v, m, lex)}
    return [m for m in ms if m.head not in traded]


def _group(v: DocView, ms: list[_Mention]) -> tuple[list[list[_Mention]], list[_Mention]]:
    """Mentions of one proposal together; references to a country's proposal (米国案) kept apart."""
    groups: list[list[_Mention]] = []
    refs = []
    for m in ms:
        if m.by_country:
            refs.append(m)
            continue
        called = _called_group(v, groups, m)
        if called is not None:
            called.append(m)  # …総額500億ドルの融資だ。「ERA融資」と呼ばれる。: one loan, two names
            continue
        prev = groups[-1][-1] if groups else None
        m.detail = prev is not None and _refers_back(v, prev, m)
        if prev is not None and not _counter_split(prev, m) and \
                ((prev.sent == m.sent and (_apposed(v, prev, m) or _states(v, prev, m, _lex())))
                 or _elaborates(v, prev, m) or m.detail):
            groups[-1].append(m)  # 10項目の和平案「平和の公式」: one proposal, two names
            continue
        for g in groups[-GROUP_WINDOW:]:
            if _same(g, m) or _defines(v, g, m):
                g.append(m)
                break
        else:
            groups.append([m])
    return groups, refs


CALLED_SENTENCES = 8  # sentences back to the proposal '「Y」と呼ばれる。' renames (a Q&A's question between)


def _called_group(v: DocView, groups: list[list[_Mention]], m: _Mention) -> Optional[list[_Mention]]:
    """A quoted name only said to be what something is called ('「安心供与部隊」と呼ばれる。', '文書は10項目から
    なり、「イスタンブール・コミュニケ」とも呼ばれる。') renames the proposal named last before it (CALLED_SENTENCES);
    not a name before its own head ('「賠償融資」と呼ばれる仕組み', one mention), nor one a verb acts on."""
    end = m.end + (v.clean[m.end:m.end + 1] == "」")
    if not m.quoted or not v.clean.startswith(tuple(_lex()["called_predicates"]), end):
        return None
    here = v.sent_index(m.start)
    near = [(x.end, g) for g in groups[-GROUP_WINDOW:] for x in g
            if x.end <= m.start and here - v.sent_index(x.start) <= CALLED_SENTENCES]
    return max(near, key=lambda p: p[0], default=(0, None))[1]


def _defines(v: DocView, g: list[_Mention], m: _Mention) -> bool:
    """The answer to a question 'Xとは。' defines X: 'Q　そもそも28項目の計画とは。A　トランプ米政権が…まとめた
    和平計画の草案です。' names one plan twice (the name ends the answer's first sentence, before its copula)."""
    i = v.sent_index(m.start)
    if i < 1 or v.clean[m.end:m.sent[1]].strip("」 　") not in _lex()["defining_copulas"]:
        return False
    ps, pe = v.sentences[i - 1]
    return v.clean[ps:pe].rstrip().endswith("とは。") and any(ps <= x.start and x.end <= pe for x in g)


def _refers_back(v: DocView, prev: _Mention, m: _Mention) -> bool:
    """A naming clause that opens with a demonstrative details the proposal named just before it, in its sentence or
    the one before: '…監視する仕組みを設け、米国がその運用を主導する案をまとめた', '15年間の協議期間を設け、この間は
    武力で奪還しないとする案'; not 'その後、…停止する案を示した' (その後 is a time, not the proposal)."""
    if not m.clause or v.sent_index(m.start) - v.sent_index(prev.start) > 1:
        return False
    clause = m.name[:m.clause]
    opener = next((w for w in _lex()["anaphoric_openers"] if clause.startswith(w)), None)
    return opener is not None and not clause.startswith(tuple(_lex()["anaphoric_not"]))


def _merge_same_names(groups: list[list[_Mention]]) -> list[list[_Mention]]:
    """Groups that share a name are one proposal: a headline's 「平和の公式」 and the body's '提唱する和平案「平和の
    公式」' (grouped by apposition, so never compared by name) give one record, not two."""
    out: list[list[_Mention]] = []
    for g in groups:
        into = next((h for h in out if _titles(g) & _titles(h)), None)
        if into is None:
            out.append(g)
        else:
            into.extend(g)
    return out


def _points_of(g: list[_Mention]) -> Optional[int]:
    return next((x.points for x in g if x.points), None)


def _merge_same_count(groups: list[list[_Mention]]) -> list[list[_Mention]]:
    """Two groups that give one plan the same count are one plan: '和平案「北の道」（8項目）' in the lead and
    '8項目から成る和平案' or a bare '8項目' further down give one record, not two. Groups with different counts
    (28項目 and its 19項目 revision) or none stay apart."""
    out: list[list[_Mention]] = []
    for g in groups:
        n = _points_of(g)
        into = next((h for h in out if n is not None and _points_of(h) == n
                     and not any(_counter_apart(h, x) for x in g)), None)
        if into is None:
            out.append(g)
        else:
            into.extend(g)
    return out


def _force_group(g: list[_Mention], lex: dict) -> bool:
    """Whether every name of g ends in a multinational force head: '停戦後の多国籍部隊', '「安心供与部隊」',
    '多国籍部隊の枠組み', '「安心供与部隊」の構想' (force_heads.tails); not '部隊派遣に関する意向表明' (a document)."""
    fh = lex["force_heads"]
    names = [_frame_of(x.name).replace("」", "") for x in g]
    return all(_force_deployment(n, lex) or next((n[:-len(t)] for t in fh["tails"] if n.endswith(t)), n)
               .endswith(tuple(fh["heads"])) for n in names)


def _deployed_force(v: DocView, g: list[_Mention], lex: dict) -> bool:
    """Whether g is a multinational force to be deployed: named by a deploying clause right before it ('停戦後に
    ウクライナに展開する多国籍部隊') or by a plan to deploy it ('停戦後に多国籍部隊を派遣する構想'); not '北欧5カ国の
    多国籍部隊の構想が話題だ' (nothing deploys it)."""
    if not _force_group(g, lex):
        return False
    fh = lex["force_heads"]
    clause = tuple(verb + "する" for verb in fh["deploy_verbs"])
    return any(_force_deployment(x.name, lex) or v.clean[max(0, x.start - 6):x.start].endswith(clause) for x in g)


FORCE_DEPLOYMENT_GAP = 20  # characters between a force's を and the deploying verb: 部隊をウクライナの主要都市に|展開


def _force_deployment(name: str, lex: dict) -> bool:
    """Whether a plan is named by deploying a multinational force: '停戦後に多国籍部隊を派遣する構想',
    '「安心供与部隊」を主要都市や基地に展開する構想' (force_heads.deploy_verbs, deploy_heads); not '部隊を派遣する構想'
    (no multinational force) nor '多国籍部隊の訓練計画'."""
    fh = lex["force_heads"]
    return re.search(rf"{alternation(fh['heads'])}を[^、。]{{0,{FORCE_DEPLOYMENT_GAP}}}?"
                     rf"{alternation(fh['deploy_verbs'])}(?:する|させる)?{alternation(fh['deploy_heads'])}$",
                     name) is not None


def _merge_forces(groups: list[list[_Mention]], lex: dict) -> list[list[_Mention]]:
    """A text's multinational force is one proposal under all its names: '英仏主導の「安心供与部隊」' and a later
    '停戦後の多国籍部隊' give one record (force_heads); a monitoring mission (監視団) stays apart."""
    out: list[list[_Mention]] = []
    for g in groups:
        into = next((h for h in out if _force_group(h, lex)), None) if _force_group(g, lex) else None
        if into is None:
            out.append(g)
        else:
            into.extend(g)
    return out


def _fold_statusless(groups: list[list[_Mention]]) -> list[list[_Mention]]:
    """A proposal named with no status anywhere ('＜Q&A＞米・ノルウェーの支援アコードとは' in a title, a later bare
    '修正案は…') is the one proposal of the text with that head whose status is told ('両国は二国間の安全保障協定に
    署名した'): one record. Kept apart when two told proposals share the head (which one it is, is unknown)."""
    out = list(groups)
    for g in groups:
        if any(x.status or x.points or _re()["span"].search(x.name) or x.rule == "proposal.occasion_truce" for x in g):
            continue  # 2～3日間の停戦, 復活祭の停戦: a duration or an occasion tells which truce it is
        heads = {x.head for x in g}
        told = [h for h in out if h is not g and any(x.status for x in h) and heads & {x.head for x in h}]
        if len(told) == 1:
            told[0].extend(g)
            out.remove(g)
    return out


def _titles(g: list[_Mention]) -> set[str]:
    """The merge keys of a group's quoted names (「平和の公式」), which name one proposal wherever they stand;
    unquoted names (30日間の停戦, 3日間の停戦: one key once spans drop) may name two."""
    return {_key(x.name) for x in g if x.quoted and not _own_version(x)} - {""}


def _counted_plan(x: _Mention, lex: dict) -> bool:
    """A name that is only a count and a plain plan head: '10項目の和平案', '10項目から成る和平案'; not '12項目の文書'
    (a document head) nor '10項目の「平和の公式」' (a name of its own)."""
    for name in {x.name, x.core} - {""}:
        m = _re()["points"].match(name)
        rest = name[m.end():] if m else ""
        if next((rest[len(w):] for w in lex["point_links"] if rest.startswith(w)), rest) in lex["counted_plan_heads"]:
            return True
    return False


def _join_counted_plans(v: DocView, groups: list[list[_Mention]], lex: dict) -> list[list[_Mention]]:
    """A plan named only by its count ('…を柱とする10項目の和平案') is the titled peace plan named before it in its
    section ('「平和の公式」への支持を求めた'), when that one has no count of its own: one record with the count.
    Not a titled body ('「平和評議会」を設ける。…20項目の和平計画' stays two)."""
    out: list[list[_Mention]] = []
    for g in sorted(groups, key=lambda g: min(x.start for x in g)):
        first = min(x.start for x in g)
        target = None
        if all(_counted_plan(x, lex) for x in g):
            titled = [h for h in out if any(x.quoted for x in h) and not any(x.points for x in h)
                      and any(_kind(x.name, lex) == "peace_plan" for x in h)
                      and 0 <= v.sent_index(first) - v.sent_index(max(x.start for x in h)) <= SECTION_BACK]
            target = titled[-1] if titled else None
        if target is None:
            out.append(g)
        else:
            target.extend(g)
    return out


def _elaborates(v: DocView, prev: _Mention, m: _Mention) -> bool:
    """A verb phrase in a sentence that opens by detailing the last one ('…延長するよう逆提案した。とりわけ、…攻撃を
    30日間停止することを呼びかけた') details the proposal put forward just before, with the same status."""
    i = v.sent_index(m.start)
    return m.rule == "proposal.verb_phrase" and prev.status == m.status and i > 0 \
        and v.sent_index(prev.start) == i - 1 and v.clean.startswith(tuple(_lex()["elaborating_openers"]), m.sent[0])


def _apposed(v: DocView, a: _Mention, b: _Mention) -> bool:
    """b renames a right after it: 10項目の和平案「平和の公式」, 和平案（平和の公式）, or
    支援国の枠組みを「…コンタクトグループ」として (AをBとして)."""
    gap = v.clean[a.end:b.start + 1]
    if 0 <= b.start - a.end <= 1 and gap.startswith(("「", "（", "(")):
        return True
    if _so_called(v, a, b):
        return True
    if a.rule == "proposal.verb_phrase" and v.clean[a.end:b.start] in _lex()["vp_to_head_gaps"]:
        return True  # 停戦を延長するよう逆提案した: the counter-proposal is the phrase it puts forward
    link = v.clean[a.end:b.start]
    if a.rule == "proposal.verb_phrase:named" and link.endswith((*_lex()["vp_named_links"], _lex()["vp_named_quote"])):
        return len(link) <= VP_NAMED_GAP  # …停止するという|トランプ氏の提案: the head it names
    return gap == "を「" and v.clean.startswith("として", b.end)


STATING_GAP = 16  # characters between a proposal and the bare document that states it: を展開する意向を示した|宣言


def _states(v: DocView, a: _Mention, b: _Mention, lex: dict) -> bool:
    """b is a bare document whose clause states a, so the two are one proposal: '停戦後に多国籍部隊を展開することを
    うたった宣言に署名した', '…多国籍部隊を展開する意向を示した宣言'; not '多国籍部隊について協議し、宣言を採択した'
    (a clause broken by a comma) nor '多国籍部隊の宣言' (no stating verb)."""
    if b.name != b.head or b.head not in lex["head_names"]:
        return False
    gap = v.clean[a.end:b.start]
    return 0 < len(gap) <= STATING_GAP and gap.lstrip("」").startswith("を") and not any(c in gap for c in "、。「") \
        and gap.endswith(tuple(lex["stating_links"]))


def _so_called(v: DocView, a: _Mention, b: _Mention) -> bool:
    """b is a's so-called name: '8項目の和平案、いわゆる「北の道」'; not '和平案と「北の道」' (no renaming link)."""
    link = v.clean[a.end:b.start + 1]
    return link.endswith("「") and link[:-1] in _lex()["so_called_links"]


VP_NAMED_GAP = 6  # characters between a named phrase and its head's mention: 停止|するという|トランプ氏の提案
REFERENCE_SENTENCES = 2  # 米側の提案 refers back to a proposal named at most this many sentences before


def _attach_references(v: DocView, groups: list[list[_Mention]], refs: list[_Mention]) -> None:
    """米国案 / 米側の提案: the proposal of that country if the text has one, else the proposal named just
    before it ('…30日間の全面停戦案には応じなかった。…米側の提案を退けた'), which it merges into."""
    by_sent: dict = {}
    for group in groups:
        for x in group:
            by_sent.setdefault(v.sent_index(x.start), []).append((x.end, group))
    for m in refs:
        g = next((g for g in groups if any(a.canonical == m.by_country for x in g for a in x.proposer)), None)
        if g is None:
            here = v.sent_index(m.start)
            before = [(end, g) for k in range(here - REFERENCE_SENTENCES, here + 1) for end, g in by_sent.get(k, ())
                      if end <= m.start]
            g = max(before, key=lambda p: p[0], default=(0, None))[1]
        if g is not None:
            g.append(m)


def _anaphors(v: DocView, lex: dict) -> list[tuple[int, str]]:
    """A head after a determiner with a decisive verb on it: 'ロシアは…撤退を求めるこの案の受け入れを拒んでいる'
    gives (position, 'rejected'). Not 共同宣言 (同 inside a word), nor この案を検討する (nothing decided)."""
    out = []
    for s, e in v.sentences:
        for hs, he, _ in find_all(v.clean, lex["heads"], s, e):
            d = next((d for d in lex["anaphor_determiners"] if v.clean.endswith(d, s, hs)), None)
            if d is None or (d == "同" and _KANJI.match(v.clean[hs - 2:hs - 1] or "a")):
                continue
            after = v.clean[he:min(e, he + 20)]
            status = next((st for st in ("signed", "rejected", "agreed")
                           if _settled(after, lex["status"][st], lex)), None)
            if status:
                out.append((hs, status))
    return out


COUNT_REACH = 16  # characters a count may stand before a bare head: 28項目により構成されていた|計画


def _counted_heads(v: DocView, lex: dict) -> list[tuple[int, str, int]]:
    """A bare head given its count: '…は5つの項目からなる計画を説明した' gives (position, '計画', 5)."""
    out = []
    for s, e in v.sentences:
        for hs, _, w in find_all(v.clean, lex["heads"], s, e):
            if w not in lex["generic_names"] or _COMPOUND.match(v.clean[hs - 1:hs] or "、"):
                continue
            pts = _re()["points_before"].search(v.clean[max(s, hs - COUNT_REACH):hs])
            if pts:
                out.append((hs, w, int(pts.group(1).translate(_DIGITS))))
    return out


def _count_back(v: DocView, groups: list[list[_Mention]], counted: list[tuple[int, str, int]]) -> None:
    """The count of a bare head is the points of the proposal with that head named before it, when it has none:
    '「勝利計画」を公表。…5つの項目からなる計画を説明' gives the Victory Plan 5 points."""
    for pos, head, points in counted:
        before = [x for g in groups for x in g if x.end <= pos and x.name.endswith(head)
                  and (x.head == head or x.head not in _lex()["counter_only_heads"])  # 案 is not the 対案
                  and v.sent_index(pos) - v.sent_index(x.start) <= SECTION_BACK]
        if before:
            last = max(before, key=lambda x: x.end)
            group = next(g for g in groups if last in g)
            if not any(x.points for x in group):
                last.points = points


TOLD_END = re.compile(r"(?:ており|ている|ています|ていた|ます|もの|。|、|$)")  # …からなり、 …から成る。


def _told_counts(v: DocView, lex: dict) -> list[tuple[int, Optional[str], int]]:
    """A count told of a plan, not of a head after it: '文書は12項目からなり', '草案は全18項目。',
    '…など12項目から成る。' give (position, topic head or None, count); not '12項目からなる文書' (a name)."""
    tc, out = lex["told_counts"], []
    for s, e in v.sentences:
        for m in _re()["told_count"].finditer(v.clean, s, e):
            rest = v.clean[m.end():e]
            link = next((w for w in tc["predicates"] if rest.startswith(w)), None)
            if m.group(1) is None and link is None:
                continue  # a bare count with no predicate: 12項目の文書, 19項目について
            if m.group(1) is not None and link is None and not rest.startswith(("。", "で、", "だ", "と")):
                continue
            if link and not TOLD_END.match(rest[len(link):]):
                continue  # 12項目からなる|文書: the count names the head after it
            head = m.group(1) or _topic_before(v, s, lex)
            out.append((m.start(2), head, int(m.group(2).translate(_DIGITS))))
    return out


def _topic_before(v: DocView, s: int, lex: dict) -> Optional[str]:
    """The head topic of the sentence before a subjectless count: 'Q　もとの計画はどんな内容だったのか。A　28項目
    からなり' says the count of the 計画."""
    i = v.sent_index(s)
    if i == 0:
        return None
    ps, pe = v.sentences[i - 1]
    heads = [w for _, he, w in find_all(v.clean, lex["heads"], ps, pe)
             if v.clean.startswith(tuple(lex["told_counts"]["topic_links"]), he)]
    return heads[-1] if heads else None


def _count_told(v: DocView, groups: list[list[_Mention]], told: list[tuple[int, Optional[str], int]]) -> None:
    """A told count goes to the plan named last before it (within SECTION_BACK sentences) that has none, one
    with the topic's head first: '…の立場をまとめた文書を発表する。…文書は12項目からなり' gives that paper 12."""
    for pos, head, points in told:
        here = v.sent_index(pos)
        before = [x for g in groups for x in g if x.start < pos and here - v.sent_index(x.start) <= SECTION_BACK]
        same = [x for x in before if head and x.name.rstrip("」").endswith(head)]
        if not (same or before):
            continue
        last = max(same or before, key=lambda x: x.end)
        group = next(g for g in groups if last in g)
        if not any(x.points for x in group):
            last.points = points


def _settle_by_anaphor(v: DocView, groups: list[list[_Mention]], anaphors: list[tuple[int, str]]) -> None:
    """The proposal named last before an anaphor (within REFERENCE_SENTENCES) takes its decisive status."""
    for pos, status in anaphors:
        here = v.sent_index(pos)
        before = [x for g in groups for x in g if x.end <= pos and here - v.sent_index(x.start) <= REFERENCE_SENTENCES]
        if not before:
            continue
        last = max(before, key=lambda x: x.end)
        if last.status is None or _RANK[status] > _RANK[last.status]:
            last.status = status


def _specific(v: DocView, g: list[_Mention]) -> bool:
    """A proposal says something specific: points, a proposer, a quoted name, a decisive status, several
    mentions, a concrete verb phrase, a naming clause with a status (…に充てる案を協議) or one that is itself a war
    verb phrase (…攻撃を相互に停止する案), an institution the
    text sets up (作業部会を設け), or a truce with a duration and a status (30日間の全面停戦案には応じなかった).
    Rejects e.g. '和平計画について楽観的な見方を示した' (a bare plan, nothing about it)."""
    if all(x.rule == "proposal.quoted_name" and not (x.predicate or x.setup or x.status == "agreed") for x in g):
        return False  # a quoted name nothing is said of
    if all(_idle_body(x) for x in g):
        return False  # 決済機関「ユーロクリア」を抱える…, 特殊部隊「グループ13」が作戦を実行: a body that exists
    if all(x.rule == "proposal.package" and not x.status for x in g):
        return False  # 第18弾の制裁パッケージの準備に着手: a round nobody has put forward yet
    if any(_member_format(x) for x in g) and all(_member_format(x) or x.rule == "proposal.apposition" for x in g):
        return False  # 3者の枠組みでの協議を続けたい, 9カ国の枠組み「ブカレスト・ナイン」: a format of talks, a group
    if all(_actor_only(v, x) and not x.status for x in g):
        return False  # これまで米国主導の枠組みが担ってきた役割: a frame named by its leader, nothing said of it
    if any(x.points or x.said_by or x.quoted for x in g) or len(g) > 1 or _deployed_force(v, g, _lex()):
        return True  # 停戦後に展開する多国籍部隊の司令部を…: a force to be deployed is an idea in its own right
    if any(x.status in ("signed", "agreed", "rejected") for x in g):
        return True
    if any(_partner_named(v, x) or (x.status == "proposed" and _own_version(x)) for x in g):
        return True  # イタリアとの協定は…; アフリカ7カ国の首脳が…独自の和平案を示す
    for x in g:
        if x.rule in ("proposal.verb_phrase", "proposal.occasion_truce") or x.setup or \
                (x.rule == "proposal.article_modelled" and x.status):
            return True
        if x.status and x.predicate and x.clause >= CLAUSE_MIN:
            return True
        if x.clause >= CLAUSE_MIN and _clause_vp_kind(x.name[:x.clause], _lex()) != "other":
            return True  # …攻撃を相互に停止する|案を改めて示した: a clause as concrete as a verb phrase
        if x.status and x.head in _lex()["bare_ok"] + _lex()["modifier_only_heads"] + _lex()["span_named_heads"] and \
                _re()["span"].search(x.name):
            return True
        if _dated_truce(v, x) or (x.status and (_scoped_truce(x) or _sea_truce(v, x) or _topic_named(x))):
            return True
        if x.status in ("proposed", "agreed", "rejected") and _manner_truce(x):
            return True
        if x.topic:
            return True
    return False


def _owned_with_status(x: _Mention) -> bool:
    """A proposal whose author the text gives (its possessive, reflexive, broker or parties) and that is put
    forward or under discussion: '米国が仲介してきた和平条約案である', '自国の和平案への支持を広げる'."""
    return x.owned and x.status in ("proposed", "under_discussion")


def _lone_owned(groups: list[list[_Mention]], kept: list[bool]) -> list[bool]:
    """Keep also a group that is owned with a status (_owned_with_status) when no kept group has its kind: the
    only peace plan of its text is a record of its own; a second '和平合意' beside a kept 20項目の和平計画 or a
    'ロシアの覚書' beside a kept 「覚書」 most likely names that one again."""
    lex = _lex()
    kinds = {_kind(" ".join(x.name for x in g), lex) for g, k in zip(groups, kept) if k}
    return [k or (any(_owned_with_status(x) for x in g) and _kind(" ".join(x.name for x in g), lex) not in kinds)
            for g, k in zip(groups, kept)]


def _partner_named(v: DocView, x: _Mention) -> bool:
    """A document named by the state it is made with, right before its head: 'イタリアとの協定は期間10年で',
    'ポーランドとの覚書' (one of several bilateral deals, each its own record); not 'それとの協定'."""
    if x.head not in _lex()["head_names"]:
        return False
    c = v.first(x.start, x.end, {"GPE"})
    return c is not None and c.start == x.start and v.clean[c.end:x.end - len(x.head)] == "との"


_MEMBER_COUNT = re.compile(r"[0-9０-９一二三四五六七八九十]+(?:カ国|か国|ヶ国|者|国)の")


def _member_format(x: _Mention) -> bool:
    """A frame named only by how many take part in it (its core): '3者の枠組み', '…を構成する9カ国の枠組み' is a
    format of talks or a group of states, not a plan; '3者の枠組みで停戦を監視する仕組み' has another core."""
    core = x.core or x.name
    head = core[len(core) - len(x.head):] if core.endswith(x.head) else ""
    return head in _lex()["actor_only_heads"] and _MEMBER_COUNT.fullmatch(core[:len(core) - len(head)]) is not None


def _idle_body(x: _Mention) -> bool:
    """A body named in apposition (決済機関「…」, 特殊部隊「…」; body_apposition_heads) that nobody puts forward,
    sets up, agrees or discusses: an actor of the story, not a proposal."""
    return x.rule == "proposal.apposition" and x.head in _lex()["body_apposition_heads"] \
        and not (x.status or x.predicate or x.setup or x.said_by or x.points)


def _actor_only(v: DocView, x: _Mention) -> bool:
    """A frame head whose only modifier is who leads or owns it: '米国主導の枠組み', 'ロシア側の仕組み'
    (not '停戦を監視する米国主導の枠組み', whose clause says what it does)."""
    if x.head not in _lex()["actor_only_heads"] or x.clause or x.quoted:
        return False
    mod = v.clean[x.start:x.end - len(x.head)]
    ents = v.ents(x.start, x.end, {"GPE", "ORG", "PERSON"})
    if len(ents) != 1 or ents[0].start != x.start:
        return False
    rest = v.clean[ents[0].end:x.start + len(mod)]
    return rest in {m + "の" for m in _lex()["marked_inside"]} | {"の"}


def _dated_truce(v: DocView, x: _Mention) -> bool:
    """A truce with its duration and its dates: '5月8日から10日までの3日間の停戦' (a date right before it);
    not '3日間の停戦' alone, nor a truce in a sentence merely dated (10日、…停戦について)."""
    if x.head not in _lex()["bare_ok"] or not _re()["span"].search(x.name):
        return False
    return any(0 <= x.start - d.end <= 3 and v.clean[d.end:x.start] in ("までの", "の", "まで")
               for d in v.ents(max(x.sent[0], x.start - 30), x.start, {"DATE"}))


def _scoped_truce(x: _Mention) -> bool:
    """A truce limited to a domain: '黒海における海上停戦', 'エネルギー施設への攻撃停止'; not a bare '停戦'."""
    lex = _lex()
    scope = x.name[:len(x.name) - len(x.head)]
    return _truce_like(x) and x.name != x.head and has_any(scope, lex["truce_scopes"]) is not None


def _sea_truce(v: DocView, x: _Mention) -> bool:
    """A truce of safe navigation named by its sea or its ships: '黒海での安全な航行', '黒海での船舶の安全航行'
    (sea_truce); not a bare '航行の安全' (whose waters are not said), nor the topic of another head ('黒海での航行
    の安全に関する停戦' names the truce), nor an item on the agenda of talks to come ('黒海の航行の安全や捕虜交換
    などが議題となる見通し', '…について、協議を開くよう提案')."""
    st = _lex()["sea_truce"]
    scope = x.name[:len(x.name) - len(x.head)]
    if x.head not in st["heads"] or has_any(scope, st["scopes"]) is None:
        return False
    rest = v.clean[x.end:x.sent[1]]
    return not rest.startswith(tuple(_lex()["topic_modifiers"])) and has_any(rest, st["agenda_after"]) is None


def _manner_truce(x: _Mention) -> bool:
    """A truce named by its manner, with a decisive verb: '即時停戦と…撤退を求めた', '無条件の全面停戦を拒否した';
    not a bare '停戦', nor '即時停戦' with no status (kept out by the caller)."""
    scope = x.name[:len(x.name) - len(x.head)]
    return _truce_like(x) and x.name != x.head and has_any(scope, _lex()["truce_manners"]) is not None


TOPIC_NAME_MIN = 2  # kanji a topic modifier needs: 開発に関する協定, not それに関する協定


def _topic_named(x: _Mention) -> bool:
    """A head named by what it is about: '資源の開発に関する包括的な協定を締結する'; not 'それに関する合意'."""
    mod = x.name[:len(x.name) - len(x.head)]
    hit = re.search(alternation(_lex()["topic_modifiers"]), mod)
    return hit is not None and len(_KANJI.findall(mod[:hit.start()])) >= TOPIC_NAME_MIN


CLAUSE_MIN = 8  # a naming clause shorter than this (検討を進める案) says nothing concrete


def _kind_of(g: list[_Mention], names: list[str], lex: dict) -> str:
    """Kind from what names the proposal, the head before its clause: '停戦と和平交渉の開始を呼びかける|12項目の
    文書' is a peace plan, not a ceasefire; then a verb phrase's verb (撤退 → territorial); then the whole names."""
    cores = [x.core or x.name for x in g if not x.by_country] + [x.head for x in g if x.rule == "proposal.apposition"]
    if any(c.rstrip("」").endswith(tuple(lex["document_kind"]["summary_heads"])) for c in cores):
        return "other"  # NATO首脳宣言: the issuer before a summit's declaration names no topic
    yielding = set(lex["kind_yielding_cues"])
    kind = _nearest_kind(" ".join(cores), lex, yielding)
    if kind == "other" and has_any(" ".join(cores), yielding):  # …肥料の輸出を後押しするための|覚書: the clause's
        kind = _nearest_kind(" ".join(names), lex, yielding)    # kind before the document's own
        kind = kind if kind != "other" else _kind(" ".join(cores), lex)
    if kind == "institution" and any(_lends(x, lex) for x in g):
        kind = "economic_plan"
    vp_kind = next((x.vp_kind for x in g if x.vp_kind and x.vp_kind != "other"), None)
    if kind == "other" and vp_kind:
        kind = vp_kind
    kind = kind if kind != "other" else _kind(" ".join(names), lex)
    return kind if kind != "other" else _clause_vp_kind(" ".join(names), lex)


def _counted_plan_kind(names: list[str], points: Optional[int], lex: dict) -> str:
    """A plan of N points that nothing else gives a kind is a peace plan ('草案は全18項目'); not a declaration or
    a list of principles or conditions (首脳宣言, 5原則, 9項目の条件), nor a name with an 'other' cue."""
    text = " ".join(names)
    if points is None or has_any(text, lex["counted_plan_kind"]["not_heads"] + lex["kinds"]["other"]):
        return "other"
    return "peace_plan"


def _document_kind(v: DocView, g: list[_Mention], lex: dict) -> str:
    """The kind a document's sentences give it when its names give none: '有志連合は…停戦後の多国籍部隊の派遣で
    合意し、「パリ宣言」に署名した' counts 連合 and 部隊 (security), not 停戦後 (a time clause); 'other' when the
    head is no document or a summit's declaration (首脳宣言: summary_heads), when no kind leads by min_lead cues, or
    when nothing in the sentences has a kind."""
    dk = lex["document_kind"]
    ends = [(x.core or x.name).rstrip("」") for x in g]
    if not any(n.endswith(tuple(dk["heads"])) for n in ends) or \
            any(n.endswith(tuple(dk["summary_heads"])) for n in ends):
        return "other"  # 首脳宣言: the summit's declaration covers all it agreed, not the kind of one topic
    text = "".join(v.clean[x.sent[0]:x.start] + "。" + v.clean[x.end:x.sent[1]] for x in g)
    kind = _leading_kind(text, lex)
    i = v.sent_index(g[0].start)
    if kind != "other" or i == 0:
        return kind
    ps, pe = v.sentences[i - 1]  # its sentences say nothing of a kind: the one before ('…復興会議。「ルガーノ宣言」')
    return _leading_kind(v.clean[ps:pe], lex)


def _leading_kind(text: str, lex: dict) -> str:
    """The kind whose cues in text lead the others' by min_lead, else 'other'."""
    dk = lex["document_kind"]
    for w in sorted(dk["not_cues"], key=len, reverse=True):
        text = text.replace(w, "。")
    counts = {k: len(find_all(text, lex["kinds"][k])) for k in KIND_ORDER if k != "other"}
    ranked = sorted(counts, key=lambda k: (-counts[k], KIND_ORDER.index(k)))
    lead = counts[ranked[0]] - counts[ranked[1]]
    return ranked[0] if lead >= dk["min_lead"] else "other"


CLAUSE_VP_GAP = 10  # characters between a clause's object and its verb: 攻撃を30日間停止する, 攻撃を双方が停止する


def _clause_vp_kind(name: str, lex: dict) -> str:
    """The kind of a naming clause that is itself a proposal's verb phrase: 'エネルギー施設への攻撃を30日間停止する
    措置', '…攻撃を双方が停止する恒久的な合意' are ceasefires (vp_objects + vp_verbs); not '価格に上限を設ける措置'
    (no object of the war's business before the verb)."""
    for kind, verbs in lex["vp_verbs"].items():
        if kind != "other" and re.search(rf"{alternation(lex['vp_objects'])}を[^、。「」]{{0,{CLAUSE_VP_GAP}}}?"
                                         rf"{alternation(verbs)}", name):
            return kind
    return "other"


def _lends(x: _Mention, lex: dict) -> bool:
    """A mechanism whose naming clause lends or repays is a lending scheme (economic), not a body:
    '凍結資産の運用益を返済に充てる仕組み'; not '停戦違反を見張る仕組み' (financing_mechanism)."""
    fm = lex["financing_mechanism"]
    return x.head in fm["heads"] and x.clause > 0 and has_any(x.name[:x.clause], fm["cues"]) is not None


def _head_name(g: list[_Mention], name: str, lex: dict) -> tuple[str, list[str]]:
    """An analyst names a proposal by its head, not by the clause that describes it:
    '相手国に施設の管理を返すよう求める決議' is named '決議' (the clause stays an alias); a bare 案 or 計画 names
    nothing, so '…に回す案' keeps its clause. Returns the name and
    the heads of long clause names, to keep as aliases."""
    long = [x for x in g if x.clause and len(x.name) > lex["long_name"] and x.core
            and (x.core in lex["head_names"] or x.core not in lex["heads"])]
    heads = list(dict.fromkeys(x.core for x in long))
    if any(x.name == name for x in long):
        name = next(x.core for x in long if x.name == name)
    return name, heads


_SUM = re.compile(r"(約|およそ|最大)?"
                  r"([0-9０-９][0-9０-９.,，]*(?:兆[0-9０-９]*)?(?:億|万)?(?:ドル|ユーロ|円|ポンド))"
                  r"(?:（[^（）]{1,20}）)?を[^、。をが]{0,6}?")


def _object_noun_forms(g: list[_Mention], lex: dict) -> list[str]:
    """A verb phrase of exchange or return keeps its object in its noun form: '19日に捕虜175人ずつを交換' is also
    '19日に捕虜175人ずつの交換'; a phrase of another verb ('部隊を撤退') gives none."""
    verbs = lex["vp_verbs"]["other"]
    return [x.name[:x.name.rfind("を")] + "の" + x.head for x in g
            if x.rule == "proposal.verb_phrase" and x.head in verbs and x.name.endswith(x.head) and "を" in x.name
            and _KANJI.match(x.head[-1])]  # 大使館の人員を元に戻す: a native verb has no noun form


def _action_noun_forms(g: list[_Mention], lex: dict) -> list[str]:
    """A verb phrase of halting, scaling down, freezing or withdrawing is also named by its object and its
    Sino-Japanese verb as a noun: '…周辺での軍事活動を大幅に縮小' is also '…周辺での軍事活動の縮小', '前線を現状で
    凍結' also '前線の凍結' (the adverbs between を and the verb drop); a native verb ('攻撃を控える') has none, and
    exchanges keep theirs in _object_noun_forms."""
    verbs = [w for k, ws in lex["vp_verbs"].items() if k in lex["action_noun_kinds"] for w in ws]
    return [x.name[:x.name.rfind("を")] + "の" + x.head for x in g
            if x.rule == "proposal.verb_phrase" and x.head in verbs and x.name.endswith(x.head) and "を" in x.name
            and len(x.head) >= 2 and all(_KANJI.match(c) for c in x.head)]


_PARTNER = re.compile(r"(?<=[るたの])[\u30a0-\u30ffー\u4e00-\u9fff・]{1,10}との"
                      r"(?=[\u4e00-\u9fff\u30a0-\u30ffー]{1,6}$)")  # …をめぐる|アメリカとの|協定


def _unadverbed(g: list[_Mention], lex: dict) -> list[str]:
    """A verb phrase is also named without its manner adverb: 'エネルギー施設への攻撃を互いに60日間停止' is also
    'エネルギー施設への攻撃を60日間停止' (vp_adverbs); and by its object and verb alone when a modifier opens it:
    'ロシア領内でのワグネルの進軍を停止' is also '進軍を停止'."""
    pat = re.compile(alternation(lex["vp_adverbs"]))
    out = [pat.sub("", x.name) for x in g if x.rule.startswith("proposal.verb_phrase") and pat.search(x.name)]
    return out + [b.group(1) for x in g if x.rule.startswith("proposal.verb_phrase")
                  and (b := _BARE_OBJECT.search(x.name)) is not None]


_BARE_OBJECT = re.compile(r"の([\u4e00-\u9fff々\u30a0-\u30ffー]{2,}を[^をのに、]{1,12})$")  # ワグネルの|進軍を停止


def _partnerless(names: list[str]) -> list[str]:
    """A name with its partner before the head is also named without it: 'ウクライナの鉱物資源をめぐるアメリカとの協定'
    is also 'ウクライナの鉱物資源をめぐる協定'; a name opening with its partner ('米国との協定') keeps it."""
    return [_PARTNER.sub("", n) for n in names if _PARTNER.search(n)]


def _sum_names(names: list[str]) -> list[str]:
    """A loan named by the sum its clause lends: '…ウクライナに約500億ドル（約7兆8000億円）を前倒しで融資する
    枠組み' is also '約500億ドルの融資' and '約500億ドル融資'; not '…に50億ユーロを積み増す案' (no lending verb)."""
    out = []
    for n in names:
        for verb in _lex()["sum_named_verbs"]:
            m = re.search(_SUM.pattern + re.escape(verb), n)
            if m:
                amount = (m.group(1) or "") + m.group(2)
                out += [f"{amount}の{verb}", f"{amount}{verb}"]
    return out


TOPIC_COMPACT_HEAD_MAX = 6  # characters of the head a topic-compact alias joins: 協定, 合意, 和平合意


def _topic_compacts(names: list[str]) -> list[str]:
    """A head named by its topic is also the compound of topic and head, as analysts name it:
    '鉱物資源をめぐる協定' is also '鉱物資源協定', '穀物の輸出に関する合意' also '穀物輸出合意'; not
    'それに関する合意' (no topic noun) nor '…を停止する措置' (no topic modifier)."""
    out = []
    for n in names:
        hit = re.search(alternation(_lex()["topic_modifiers"]), n)
        if hit is None or not 0 < len(n) - hit.end() <= TOPIC_COMPACT_HEAD_MAX:
            continue
        head, topic = n[hit.end():], n[:hit.start()].replace("の", "")
        tail = re.search(rf"{_COMPOUND.pattern}+$", topic)
        if tail and len(_KANJI.findall(tail.group(0)) + _KATAKANA.findall(tail.group(0))) >= TOPIC_NAME_MIN \
                and re.fullmatch(rf"{_COMPOUND.pattern}+", head):
            out.append(tail.group(0) + head)
    return out


def _surfaces(v: DocView, g: list[_Mention]) -> list[str]:
    """Each mention as the text writes it, its quote marks kept: the name '全員対全員の捕虜交換' is written
    '「全員対全員」の捕虜交換'. A quote the span cuts open takes its partner mark just outside the span; a span whose
    quotes still do not pair gives nothing."""
    out = []
    for x in g:
        s, e = x.start, x.end
        text = v.clean[s:e]
        if text.count("「") > text.count("」") and v.clean[e:e + 1] == "」":
            e += 1
        elif text.count("「") < text.count("」") and v.clean[s - 1:s] == "「":
            s -= 1
        text = v.clean[s:e].strip()
        if "「" in text and text.count("「") == text.count("」") and not (text[0] == "「" and text[-1] == "」"):
            out.append(text)
    return out


def _in_headline(v: DocView, pos: int) -> bool:
    """Whether pos lies in a title or a heading: the article's first paragraph when it has no full stop
    ('ウクライナ「30日間停戦」受け入れ　ジッダで米国と協議'), or a section heading (is_heading)."""
    ps, pe = v.para(pos)
    return is_heading(v, pos) or (not v.clean[:ps].strip() and "。" not in v.clean[ps:pe])


def _group_dates(g: list[_Mention], status: Optional[str]) -> list[TimeSpan]:
    """The dates of the mentions that settle the proposal's status first ('…30日間控えることで一致' on the 18th,
    not a headline dated the 26th), then the others, each in text order; within each, a date the mention's own
    sentence gives before one it borrows (a headline '…パッケージを採択' under a dateline of the 21st, then
    '…は20日、…パッケージを採択しました' gives the 20th)."""
    settling = [x for x in g if x.date and x.status == status]
    others = [x for x in g if x.date and x.status != status]
    return [x.date for part in (settling, others) for x in sorted(part, key=lambda x: x.date_borrowed)
            if x.date is not None]


def _group_proposers(g: list[_Mention]) -> list:
    """The proposers of all mentions; the two parties of a joint act ('両首脳は…で一致した') only when no other
    mention names the proposal's author: '米国が示した停戦案' then '双方は停戦案で合意' is the US's."""
    authored = [x for x in g if x.proposer and not x.joint]
    return dedup_actors(a for x in (authored or g) for a in x.proposer)


def _record(v: DocView, g: list[_Mention]) -> Proposal:
    lex = _lex()
    names = list(dict.fromkeys(x.name for x in g if not (x.by_country or x.detail))) or [g[0].name]
    # 8項目からなる文書「和平への道筋」: the title; …停止するという|提案: the phrase it names
    titles = [x.name for x in g if x.rule in ("proposal.apposition", "proposal.verb_phrase:named")]
    name = titles[0] if titles else max(names, key=lambda n: (bool(_re()["points"].search(n)), "「" not in n,
                                                              -abs(len(n) - 8)))
    name, heads = _head_name(g, name, lex)
    unquoted = [n.replace("「", "").replace("」", "") for n in names]
    framed = [_frame_of(n) for n in unquoted]  # 覚書の草案 is also named 覚書
    nouns = [x.noun_form for x in g if x.noun_form] + [x.plain_form for x in g if x.plain_form] \
        + [x.named_phrase for x in g if x.named_phrase] + _object_noun_forms(g, lex) + _action_noun_forms(g, lex) \
        + _partnerless(names) + _unadverbed(g, lex)
    aliases = list(dict.fromkeys(n for n in names + unquoted + heads + framed + _sum_names(names) + nouns
                                 + _topic_compacts(unquoted) + _surfaces(v, g)
                                 if n and n != name))
    aliases = _counter_aliases(g, name, aliases)
    body = [x.status for x in g if x.status and not _in_headline(v, x.start)]
    statuses = body or [x.status for x in g if x.status]  # a title compresses: 「30日間停戦」受け入れ = ready to accept
    status = max(statuses, key=lambda s: _RANK[s]) if statuses else None
    status = status or ("proposed" if any(x.advocated for x in g) else None)  # …が必要だ: called for
    status = status or ("agreed" if any(_constituted(v, x, lex) for x in g) else None)  # 4者でつくる「…」
    proposer = _group_proposers(g)
    dates = _group_dates(g, status)
    revises = next((x.revises for x in g if x.revises), None)
    if revises and _key(revises) in {_key(n) for n in names}:
        revises = None
    points = next((x.points for x in g if x.points), None)
    kind = _kind_of(g, names, lex)
    kind = kind if kind != "other" else _document_kind(v, g, lex)
    if kind == "other" and revises and any(x.head in lex["counter_heads"] for x in g):
        kind = _kind(revises, lex)  # 欧州側がまとめた対案 revises the 28-point plan: a peace plan too
        if kind == "other" and any(x.head in lex["counter_only_heads"] for x in g):
            kind = "peace_plan"  # 当初案への対案: a plan put against a plan is one too
    kind = kind if kind != "other" else _counted_plan_kind(names, points, lex)
    named_by = next((x for x in g if x.name == name), g[0])
    return Proposal(
        name=name, aliases=aliases, kind=cast(Kind, kind), points=points,
        proposer=proposer, revises=revises, status=cast(Optional[Status], status), date=dates[0] if dates else None,
        evidence=[v.span(x.start, x.end) for x in g], rule=named_by.rule,
        confidence=confidence(0.4, bool(proposer), status is not None, points is not None, len(g) > 1, bool(dates)),
    )
