package planner

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/coplaunch/coplaunch/planner/i18n"
)

// In is the platform's name in tr's language ("Not chosen" when unset).
func (p Platform) In(tr *i18n.Printer) string {
	if p == PlatformNone {
		return tr.T("platform.none")
	}
	return codeLabel(tr, "platform", string(p))
}

// Label is the platform's name in English.
func (p Platform) Label() string { return p.In(english) }

// PlatformNeeds are what a community needs from its platform.
type PlatformNeeds struct {
	Size         int  // expected members
	Voice        bool // real-time voice sessions
	Courses      bool // courses, cohorts or structured events
	Monetize     bool // paid memberships
	Privacy      bool // regulated or confidential data, e.g. healthcare
	Professional bool // professional or B2B audience
	Casual       bool // casual audience, e.g. creators or hobbyists
	// Internal is set for a community inside one organisation, whose members already share
	// a work chat. (Added to the contract: without it an internal CoP ranks a public network
	// first.)
	Internal bool
}

// PlatformScore is one platform's fit, 0–100, and the reasons behind it.
type PlatformScore struct {
	Platform Platform
	Score    int
	Reasons  []string
	// ReasonKeys name the reasons for translations, e.g. "discord.about", "discord.voice";
	// a reason about the size quotes Size.
	ReasonKeys []string
	Size       int
}

// Size thresholds of the platform recommendation.
const (
	smallCommunity = 30  // a paid platform costs as much for 10 members as for 300
	largeCommunity = 500 // per-seat pricing and history limits start to bite
)

// vocab is matching vocabulary in each language: the words a rule looks for in what the
// organizer or the respondents typed. It lives here, not in the catalogues: it is not text
// the app shows but what people write (stems, synonyms, common phrasings, a different number
// of them in each language), and a rule matches the words of every language whatever the
// plan's language, because people type in their own language in a plan of any language and
// mix in English terms ("Community Manager", "staff").
type vocab map[i18n.Lang][]string

// words are the vocabulary's words in every language, folded (see fold) for containsWord.
func (v vocab) words() []string {
	var out []string
	for _, l := range i18n.Langs {
		for _, w := range v[l] {
			if f := strings.TrimSpace(fold(w)); f != "" && !slices.Contains(out, f) {
				out = append(out, f)
			}
		}
	}
	return out
}

// Keyword heuristics of NeedsFromPlan, matched as words in the plan's audience, template
// key, domain and "who may join" text. A keyword may take up to three more letters
// (see MatchThemes), so short stems that start common words ("fan" → "fancy", "call" →
// "called", "health" → "healthy", German "interne" → "Internet", Spanish "salud" → "saludos")
// are left out, and so are words that mean the need only in some sentences (Spanish
// "personal" is "staff" but also "personal", French "cours" also "au cours de", Spanish
// "taller" is a workshop but English "taller"; a word of one language must not be a common
// word of another, since all languages are matched).
//
// A word for staff or employees of a sector ("Healthcare staff", "Beschäftigte im
// Gesundheitswesen") says professional, not internal: internal needs an in-house word
// (employees of a company, "our staff", colleagues, intranet).
var needVocab = struct{ professional, internal, casual, voice, courses, monetize, privacy vocab }{
	professional: vocab{
		i18n.English:    {"professional", "b2b", "business", "enterprise", "company", "corporate", "internal", "employee", "staff", "consultant", "executive", "manager", "industry", "saas", "sales", "engineer"},
		i18n.Spanish:    {"profesional", "profesionales", "empresa", "empresas", "empresarial", "corporativo", "corporativa", "interno", "interna", "empleado", "empleados", "personal sanitario", "personal medico", "el personal", "del personal", "consultor", "consultora", "consultores", "directivo", "directivos", "gerente", "gestor", "gestora", "gestores", "industria", "ventas", "ingeniero", "ingeniera", "ingenieros"},
		i18n.French:     {"professionnel", "professionnelle", "professionnels", "entreprise", "entreprises", "corporate", "internes", "en interne", "salarie", "salaries", "employe", "employes", "personnel de", "le personnel", "du personnel", "consultant", "consultante", "dirigeant", "dirigeants", "responsable", "responsables", "industrie", "ventes", "commercial", "commerciaux", "ingenieur", "ingenieurs"},
		i18n.German:     {"professionell", "beruflich", "berufliche", "fachleute", "fachkraft", "fachkrafte", "unternehmen", "firmen", "konzern", "interne community", "internen", "interner", "mitarbeiter", "mitarbeitende", "mitarbeitenden", "beschaftigte", "beschaftigten", "das personal", "fachpersonal", "berater", "beraterin", "fuhrungskraft", "fuhrungskrafte", "industrie", "branche", "vertrieb", "ingenieur", "ingenieure"},
		i18n.Portuguese: {"profissional", "profissionais", "empresa", "empresas", "empresarial", "corporativo", "corporativa", "interno", "interna", "funcionario", "funcionarios", "consultor", "consultora", "consultores", "executivo", "executivos", "gerente", "gestor", "gestora", "gestores", "industria", "vendas", "engenheiro", "engenheira", "engenheiros"},
	},
	internal: vocab{
		i18n.English:    {"internal", "employee", "employees", "our staff", "all staff", "colleagues", "company-wide", "our company", "in-house", "intranet"},
		i18n.Spanish:    {"interno", "interna", "empleado", "empleados", "nuestro personal", "todo el personal", "companeros de trabajo", "toda la empresa", "nuestra empresa", "intranet"},
		i18n.French:     {"internes", "en interne", "salarie", "salaries", "employe", "employes", "notre personnel", "tout le personnel", "collegues", "toute l'entreprise", "notre entreprise", "intranet"},
		i18n.German:     {"interne community", "internen", "interner", "unternehmensintern", "mitarbeiter", "mitarbeitende", "mitarbeitenden", "alle beschaftigten", "unsere beschaftigten", "kollegen", "kolleginnen", "unternehmensweit", "konzernweit", "unser unternehmen", "intranet"},
		i18n.Portuguese: {"interno", "interna", "funcionario", "funcionarios", "nossa equipe", "nossos colaboradores", "colegas de trabalho", "toda a empresa", "nossa empresa", "intranet"},
	},
	casual: vocab{
		i18n.English:    {"creator", "youtube", "tiktok", "twitch", "streamer", "gamer", "gaming", "hobby", "hobbyist", "fans", "fandom", "casual", "student", "artist", "maker"},
		i18n.Spanish:    {"creador", "creadora", "creadores", "youtuber", "videojuegos", "aficionado", "aficionados", "aficion", "pasatiempo", "estudiante", "estudiantes", "artista", "artistas", "informal"},
		i18n.French:     {"createur", "createurs", "creatrice", "creatrices", "joueur", "joueurs", "jeux video", "passionne", "passionnes", "amateur", "amateurs", "loisir", "loisirs", "etudiant", "etudiants", "artiste", "artistes", "decontracte"},
		i18n.German:     {"creator", "gamer", "spieler", "videospiele", "hobby", "hobbys", "freizeit", "bastler", "studierende", "studenten", "kunstler", "kunstlerin"},
		i18n.Portuguese: {"criador", "criadora", "criadores", "youtuber", "jogador", "jogadores", "videogame", "games", "hobby", "passatempo", "amador", "amadores", "estudante", "estudantes", "artista", "artistas", "descontraido"},
	},
	voice: vocab{
		i18n.English:    {"voice", "live session", "audio", "podcast", "stream", "voice chat"},
		i18n.Spanish:    {"voz", "chat de voz", "sesion en directo", "en directo", "en vivo", "directos"},
		i18n.French:     {"salon vocal", "salons vocaux", "chat vocal", "canal vocal", "en direct", "session en direct"},
		i18n.German:     {"sprachchat", "sprachkanal", "sprachkanale", "live-session", "live-sessions", "livestream", "telefonkonferenz"},
		i18n.Portuguese: {"voz", "chat de voz", "ao vivo", "sessao ao vivo", "transmissao", "transmissoes"},
	},
	courses: vocab{
		i18n.English:    {"course", "cohort", "training", "workshop", "curriculum", "certification", "classes", "lesson", "bootcamp"},
		i18n.Spanish:    {"curso", "cursos", "cohorte", "formacion", "capacitacion", "un taller", "taller de", "talleres", "certificacion", "clases", "leccion", "lecciones"},
		i18n.French:     {"cours en ligne", "des cours", "un cours", "les cours", "cohorte", "une formation", "formation continue", "des formations", "atelier", "ateliers", "certification", "lecon", "lecons"},
		i18n.German:     {"kurs", "kurse", "kohorte", "schulung", "schulungen", "weiterbildung", "fortbildung", "zertifizierung", "unterricht", "lektion", "lektionen"},
		i18n.Portuguese: {"curso", "cursos", "turma", "turmas", "treinamento", "capacitacao", "formacao", "certificacao", "aulas", "licao", "licoes"},
	},
	monetize: vocab{
		i18n.English:    {"paid", "monetize", "monetise", "monetization", "monetisation", "membership fee", "subscription", "premium", "revenue", "income"},
		i18n.Spanish:    {"de pago", "monetizar", "monetizacion", "cuota", "cuotas", "suscripcion", "suscripciones", "ingresos"},
		i18n.French:     {"payant", "payante", "payants", "monetiser", "monetisation", "cotisation", "abonnement", "abonnements", "revenus"},
		i18n.German:     {"kostenpflichtig", "bezahlt", "bezahlte", "monetarisieren", "monetarisierung", "mitgliedsbeitrag", "im abo", "abo-modell", "abonnement", "einnahmen", "einkommen"},
		i18n.Portuguese: {"pago", "paga", "pagos", "monetizar", "monetizacao", "mensalidade", "assinatura paga", "assinaturas pagas", "renda"},
	},
	privacy: vocab{
		i18n.English:    {"healthcare", "health data", "public health", "patient", "clinical", "clinic", "medical", "hospital", "nurse", "therapy", "mental health", "peer support", "hipaa", "gdpr", "privacy", "confidential", "regulated", "bank", "legal", "children"},
		i18n.Spanish:    {"sanitario", "sanitaria", "sanitarios", "datos de salud", "salud publica", "salud mental", "profesionales de la salud", "paciente", "pacientes", "clinico", "clinica", "medico", "medica", "medicos", "hospital", "hospitales", "enfermeria", "enfermera", "enfermero", "terapia", "apoyo mutuo", "rgpd", "privacidad", "confidencial", "regulado", "regulada", "banco", "juridico", "menores", "ninos"},
		i18n.French:     {"sante", "donnees de sante", "sante publique", "sante mentale", "patient", "patients", "clinique", "medical", "medicale", "medecin", "medecins", "hopital", "infirmier", "infirmiere", "infirmiers", "therapie", "soutien entre pairs", "rgpd", "confidentialite", "confidentiel", "reglemente", "banque", "juridique", "enfants"},
		i18n.German:     {"gesundheitswesen", "gesundheitsdaten", "gesundheit", "psychische gesundheit", "patient", "patienten", "klinisch", "klinik", "kliniken", "medizinisch", "arzt", "arzte", "arzteschaft", "krankenhaus", "krankenhauser", "pflegekrafte", "pflegepersonal", "pflegende", "therapie", "kollegiale unterstutzung", "dsgvo", "datenschutz", "vertraulich", "reguliert", "bank", "rechtlich", "kinder"},
		i18n.Portuguese: {"saude", "dados de saude", "saude publica", "saude mental", "paciente", "pacientes", "clinico", "clinica", "medico", "medica", "medicos", "hospital", "hospitais", "enfermagem", "enfermeira", "enfermeiro", "terapia", "apoio entre pares", "lgpd", "privacidade", "confidencial", "regulado", "regulada", "banco", "juridico", "criancas"},
	},
}

// The heuristics' words in every language.
var (
	needProfessional = needVocab.professional.words()
	needInternal     = needVocab.internal.words()
	needCasual       = needVocab.casual.words()
	needVoice        = needVocab.voice.words()
	needCourses      = needVocab.courses.words()
	needMonetize     = needVocab.monetize.words()
	needPrivacy      = needVocab.privacy.words()
)

// NeedsFromPlan guesses the platform needs from the plan. The heuristics: keywords in any of
// the five languages (see needVocab) in the audience, template key, domain and "who may join" text; a live-voice
// launch event means voice; the healthcare template means privacy, the content-creator
// template casual, the professional and internal templates professional, the internal
// template internal. Size is the larger of the candidates still in play (all but declined) and the
// latest review's member count.
func NeedsFromPlan(p *Plan) PlatformNeeds {
	var n PlatformNeeds
	if p == nil {
		return n
	}
	text := fold(strings.Join([]string{p.Audience, strings.ReplaceAll(p.Template, "-", " "), p.Domain, p.Charter.WhoMayJoin}, " \n "))
	has := func(kws []string) bool {
		for _, k := range kws {
			if containsWord(text, k) {
				return true
			}
		}
		return false
	}
	n.Professional = has(needProfessional) || p.Template == TemplateProfessional || p.Template == TemplateInternal
	n.Casual = has(needCasual) || p.Template == TemplateCreators
	n.Voice = has(needVoice) || p.Event.Format == FormatVoice
	n.Courses = has(needCourses)
	n.Internal = has(needInternal) || p.Template == TemplateInternal
	n.Monetize = has(needMonetize)
	n.Privacy = has(needPrivacy) || p.Template == TemplateHealthcare
	for _, c := range p.Candidates {
		if c.Status != Declined {
			n.Size++
		}
	}
	if rs := MeasuredReviews(p); len(rs) > 0 && rs[len(rs)-1].Given(FigMembersTotal) && rs[len(rs)-1].MembersTotal > n.Size {
		n.Size = rs[len(rs)-1].MembersTotal
	}
	return n
}

// platformEffect is one way a need moves a platform's score, with the reason shown to the
// user. A reason with %d is given the community's size.
type platformEffect struct {
	applies func(PlatformNeeds) bool
	delta   int
	need    string // what the need is called in the reason's key, e.g. "voice"
	reason  string
}

// platformProfile describes a platform and how each need moves its score.
type platformProfile struct {
	about   string
	effects []platformEffect
}

// The needs, as predicates for the table below.
var (
	wantsCasual       = func(n PlatformNeeds) bool { return n.Casual }
	wantsVoice        = func(n PlatformNeeds) bool { return n.Voice }
	wantsProfessional = func(n PlatformNeeds) bool { return n.Professional }
	wantsCourses      = func(n PlatformNeeds) bool { return n.Courses }
	wantsMonetize     = func(n PlatformNeeds) bool { return n.Monetize }
	wantsPrivacy      = func(n PlatformNeeds) bool { return n.Privacy }
	wantsInternal     = func(n PlatformNeeds) bool { return n.Internal }
	isLarge           = func(n PlatformNeeds) bool { return n.Size >= largeCommunity }
	isSmall           = func(n PlatformNeeds) bool { return n.Size > 0 && n.Size < smallCommunity }
)

// platformProfiles holds the recommendation's knowledge as data: every weight and every reason
// of every platform in one table.
var platformProfiles = map[Platform]platformProfile{
	Discord: {
		about: "Discord: casual chat with real-time voice and threads, free",
		effects: []platformEffect{
			{wantsCasual, 20, "casual", "Casual audience: Discord suits informal, chatty communities"},
			{wantsVoice, 25, "voice", "Real-time voice: Discord has stage and voice channels"},
			{wantsProfessional, -15, "professional", "Professional audience: many professionals see Discord as a gaming app and do not have it installed"},
			{wantsCourses, -10, "courses", "Courses/events: Discord schedules events but has no course hosting"},
			{wantsMonetize, -5, "monetize", "Monetization: only server subscriptions, with little control over pricing"},
			{wantsPrivacy, -50, "privacy", "Privacy required: Discord is a consumer platform; do not put regulated or health data there"},
			{wantsInternal, -10, "internal", "Internal community: Discord is rarely an approved work tool"},
			{isLarge, 5, "large", "Size %d: Discord stays free at any size"},
		},
	},
	Slack: {
		about: "Slack: real-time work chat that many professionals already use",
		effects: []platformEffect{
			{wantsProfessional, 20, "professional", "Professional audience: Slack is the work chat people already have open"},
			{wantsVoice, 10, "voice", "Real-time voice: huddles cover small voice calls, not large stages"},
			{wantsCourses, -10, "courses", "Courses/events: Slack has no course or event pages"},
			{wantsMonetize, -20, "monetize", "Monetization: Slack has no paid memberships"},
			{wantsPrivacy, -25, "privacy", "Privacy required: only Slack's enterprise plans offer compliance features; check them before sharing sensitive data"},
			{wantsInternal, 25, "internal", "Internal community: most companies already run a work chat, so there is no new tool to approve"},
			{isLarge, -10, "large", "Size %d: the free plan hides older history and paid plans are per member"},
		},
	},
	LinkedInGroups: {
		about: "LinkedIn Groups: professionals and B2B, under members' professional identity",
		effects: []platformEffect{
			{wantsProfessional, 25, "professional", "Professional/B2B audience: members are already on LinkedIn with their work identity"},
			{wantsCasual, -15, "casual", "Casual audience: LinkedIn feels formal for a relaxed community"},
			{wantsVoice, -20, "voice", "Real-time voice: LinkedIn Groups have no voice rooms"},
			{wantsCourses, -10, "courses", "Courses/events: no courses inside a group; events are separate"},
			{wantsMonetize, -20, "monetize", "Monetization: LinkedIn Groups cannot charge members"},
			{wantsPrivacy, -50, "privacy", "Privacy required: a public social network is no place for confidential or health data"},
			{wantsInternal, -30, "internal", "Internal community: a public network is the wrong place for company-internal discussion"},
			{isLarge, 5, "large", "Size %d: LinkedIn's reach helps a large group grow"},
		},
	},
	Circle: {
		about: "Circle: structured spaces with courses and events under your own brand",
		effects: []platformEffect{
			{wantsCourses, 25, "courses", "Courses/events: Circle has courses and event pages built in"},
			{wantsMonetize, 15, "monetize", "Monetization: Circle sells paid memberships and courses"},
			{wantsProfessional, 10, "professional", "Professional audience: a clean, branded space suits professionals"},
			{wantsVoice, 5, "voice", "Real-time voice: live rooms and streams on paid plans"},
			{wantsPrivacy, -10, "privacy", "Privacy required: private, invite-only spaces, but confirm Circle meets your privacy rules before storing sensitive data"},
			{wantsInternal, -5, "internal", "Internal community: another paid tool for the company to approve"},
			{isSmall, -5, "small", "Size %d: a monthly fee weighs on a small group"},
		},
	},
	MightyNetworks: {
		about: "Mighty Networks: community, courses and events with monetization built in",
		effects: []platformEffect{
			{wantsMonetize, 25, "monetize", "Monetization: paid memberships, courses and bundles built in"},
			{wantsCourses, 20, "courses", "Courses/events: courses and events built in"},
			{wantsCasual, 5, "casual", "Casual audience: a friendly feed and mobile app"},
			{wantsVoice, 5, "voice", "Real-time voice: live streams, but no always-on voice rooms"},
			{wantsPrivacy, -10, "privacy", "Privacy required: confirm Mighty Networks meets your privacy rules before storing sensitive data"},
			{wantsInternal, -5, "internal", "Internal community: another paid tool for the company to approve"},
			{isSmall, -5, "small", "Size %d: a monthly fee weighs on a small group"},
		},
	},
}

// RecommendPlatforms scores all five platforms against the needs, best first (ties in the
// order of Platforms). Every score starts at 50 and each need moves it up or down with a
// reason that says why; the first reason describes the platform.
func RecommendPlatforms(n PlatformNeeds) []PlatformScore {
	out := make([]PlatformScore, 0, len(Platforms))
	for _, pl := range Platforms {
		prof := platformProfiles[pl]
		s := PlatformScore{Platform: pl, Score: 50, Reasons: []string{prof.about}, ReasonKeys: []string{string(pl) + ".about"}, Size: n.Size}
		for _, e := range prof.effects {
			if !e.applies(n) {
				continue
			}
			s.Score += e.delta
			reason := e.reason
			if strings.Contains(reason, "%d") {
				reason = fmt.Sprintf(reason, n.Size)
			}
			s.Reasons = append(s.Reasons, reason)
			s.ReasonKeys = append(s.ReasonKeys, string(pl)+"."+e.need)
		}
		s.Score = max(0, min(100, s.Score))
		out = append(out, s)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Score > out[j].Score })
	return out
}

// NeedItem names one platform need for a switch or a list.
type NeedItem struct {
	Key   string // names the need for translations: "professional", "voice"
	Label string
	Get   func(PlatformNeeds) bool
	Set   func(*PlatformNeeds, bool)
}

// NeedItems lists the yes/no platform needs in display order.
var NeedItems = []NeedItem{
	{"professional", "Professional or B2B audience", func(n PlatformNeeds) bool { return n.Professional }, func(n *PlatformNeeds, v bool) { n.Professional = v }},
	{"internal", "Inside one organisation", func(n PlatformNeeds) bool { return n.Internal }, func(n *PlatformNeeds, v bool) { n.Internal = v }},
	{"casual", "Casual audience (creators, hobbyists)", func(n PlatformNeeds) bool { return n.Casual }, func(n *PlatformNeeds, v bool) { n.Casual = v }},
	{"voice", "Real-time voice sessions", func(n PlatformNeeds) bool { return n.Voice }, func(n *PlatformNeeds, v bool) { n.Voice = v }},
	{"courses", "Courses, cohorts or structured events", func(n PlatformNeeds) bool { return n.Courses }, func(n *PlatformNeeds, v bool) { n.Courses = v }},
	{"monetize", "Paid memberships (monetization)", func(n PlatformNeeds) bool { return n.Monetize }, func(n *PlatformNeeds, v bool) { n.Monetize = v }},
	{"privacy", "Privacy: regulated or confidential data", func(n PlatformNeeds) bool { return n.Privacy }, func(n *PlatformNeeds, v bool) { n.Privacy = v }},
}

// Describe lists the needs that are set, e.g. "about 12 members and real-time voice sessions",
// in English; see DescribeIn.
func (n PlatformNeeds) Describe() string { return n.DescribeIn(english) }

// DescribeIn is Describe in tr's language: "unos 12 miembros y sesiones de voz en tiempo real".
func (n PlatformNeeds) DescribeIn(tr *i18n.Printer) string {
	var parts []string
	if n.Size > 0 {
		parts = append(parts, tr.N("needs.size", n.Size))
	}
	for _, it := range NeedItems {
		if it.Get(n) {
			parts = append(parts, tr.T("need."+it.Key))
		}
	}
	if len(parts) == 0 {
		return tr.T("needs.none")
	}
	return tr.List(parts)
}

// PlanNeeds returns the platform needs the recommendation uses: the charter's stated needs,
// or while the organizer has not stated them a guess from the plan's text (guessed is then
// set). A stated size of 0 means "count it": the plan's candidates and latest review give it.
func PlanNeeds(p *Plan) (n PlatformNeeds, guessed bool) {
	if p == nil {
		return PlatformNeeds{}, true
	}
	guess := NeedsFromPlan(p)
	if !p.Charter.NeedsStated {
		return guess, true
	}
	n = p.Charter.Needs
	if n.Size <= 0 {
		n.Size = guess.Size
	}
	return n, false
}

// PlatformVote is one platform's count in the survey's platform question.
type PlatformVote struct {
	Platform Platform
	Count    int
}

// PlatformAdvice is the platform recommendation with everything behind it: the needs used
// (and whether they were guessed), the survey's votes, and the five platforms ranked.
type PlatformAdvice struct {
	Needs   PlatformNeeds
	Guessed bool // Needs were guessed from keywords, not set by the organizer
	// Respondents counts those who answered the platform question; Votes are the known
	// platforms they named, most votes first.
	Respondents int
	Votes       []PlatformVote
	Scores      []PlatformScore // best first
}

// GuessNote is the sentence shown beside guessed needs.
const GuessNote = "Guessed from keywords in the audience, domain and “who may join” text: set the needs to confirm them."

// surveyWeight is the most the survey's platform question moves a score: a platform that
// every respondent prefers gains this much.
const surveyWeight = 30

// AdvisePlatform ranks the five platforms for the plan: the needs (PlanNeeds) move the
// scores as RecommendPlatforms does, and the survey's platform question is evidence: a
// platform preferred by a share s of its respondents gains s × 30 points, with the reason
// "7 of 12 respondents prefer Discord".
func AdvisePlatform(p *Plan) PlatformAdvice {
	var a PlatformAdvice
	a.Needs, a.Guessed = PlanNeeds(p)
	a.Scores = RecommendPlatforms(a.Needs)
	if p == nil {
		return a
	}
	q, ok := p.Survey.QuestionByRole(RolePlatform)
	if !ok {
		return a
	}
	votes := map[Platform]int{}
	for _, r := range p.Survey.Responses {
		ans, ok := answerTo(r, q.ID)
		if !ok {
			continue
		}
		cs := choicesOf(ans)
		if len(cs) == 0 {
			continue
		}
		a.Respondents++
		seen := map[Platform]bool{}
		for _, c := range cs {
			if pl := PlatformFromText(c); pl != PlatformNone && pl != PlatformOther && !seen[pl] {
				seen[pl] = true
				votes[pl]++
			}
		}
	}
	for _, pl := range Platforms {
		if votes[pl] > 0 {
			a.Votes = append(a.Votes, PlatformVote{pl, votes[pl]})
		}
	}
	sort.SliceStable(a.Votes, func(i, j int) bool { return a.Votes[i].Count > a.Votes[j].Count })
	if a.Respondents == 0 {
		return a
	}
	for i := range a.Scores {
		s := &a.Scores[i]
		v := votes[s.Platform]
		if v == 0 {
			continue
		}
		s.Score = max(0, min(100, s.Score+int(float64(surveyWeight*v)/float64(a.Respondents)+0.5)))
		s.Reasons = append(s.Reasons, english.T("reason.survey", "votes", a.voteSentence(english, PlatformVote{s.Platform, v})))
		s.ReasonKeys = append(s.ReasonKeys, "survey")
	}
	sort.SliceStable(a.Scores, func(i, j int) bool { return a.Scores[i].Score > a.Scores[j].Score })
	return a
}

func (a PlatformAdvice) voteSentence(tr *i18n.Printer, v PlatformVote) string {
	s := tr.T("platform.votes", "count", tr.Int(v.Count), "total", tr.Int(a.Respondents), "platform", v.Platform.In(tr))
	if a.Respondents < SmallN {
		s += " " + tr.T("platform.votes_few")
	}
	return s
}

// Evidence is the survey's word on the platform, e.g. "7 of 12 respondents prefer Discord",
// or "" when nobody named a known platform; see EvidenceIn.
func (a PlatformAdvice) Evidence() string { return a.EvidenceIn(english) }

// EvidenceIn is Evidence in tr's language.
func (a PlatformAdvice) EvidenceIn(tr *i18n.Printer) string {
	if len(a.Votes) == 0 {
		return ""
	}
	return a.voteSentence(tr, a.Votes[0])
}

// ReasonsIn words sc's reasons (sc.Reasons, named by sc.ReasonKeys) in tr's language: the
// platform's description first, then each need's effect and the survey's evidence. A reason
// without a key the catalogue knows (a score made by hand) stays as it is.
func (a PlatformAdvice) ReasonsIn(tr *i18n.Printer, sc PlatformScore) []string {
	out := slices.Clone(sc.Reasons)
	for i := range out {
		if i >= len(sc.ReasonKeys) {
			break
		}
		if sc.ReasonKeys[i] == "survey" {
			for _, v := range a.Votes {
				if v.Platform == sc.Platform {
					out[i] = tr.T("reason.survey", "votes", a.voteSentence(tr, v))
				}
			}
			continue
		}
		if key := "reason." + sc.ReasonKeys[i]; i18n.Has(key) {
			out[i] = tr.T(key, "n", tr.Int(sc.Size))
		}
	}
	return out
}

// Why is the reason to store with a chosen platform: its score for the needs used and the
// reasons behind it, the survey's evidence among them, e.g. "Slack scores 93 of 100 for these
// needs: professional or B2B audience: Professional audience: Slack is the work chat people already have
// open; Survey: 7 of 12 respondents prefer Slack." It is English; see WhyIn.
func (a PlatformAdvice) Why(pl Platform) string { return a.WhyIn(english, pl) }

// WhyIn is Why in tr's language: "Slack obtiene 93 de 100 para estas necesidades: …".
func (a PlatformAdvice) WhyIn(tr *i18n.Printer, pl Platform) string {
	for _, sc := range a.Scores {
		if sc.Platform != pl {
			continue
		}
		s := tr.T("ui.charter.why.scores", "platform", pl.In(tr), "score", tr.Int(sc.Score), "needs", a.Needs.DescribeIn(tr))
		if a.Guessed {
			s = tr.T("ui.charter.why.guessed", "why", s)
		}
		reasons := a.ReasonsIn(tr, sc)
		if len(reasons) > 1 {
			reasons = reasons[1:] // the first only describes the platform
		}
		return tr.T("ui.charter.why.reasons", "why", s, "reasons", strings.TrimSuffix(strings.Join(reasons, "; "), "."))
	}
	return ""
}

// PlatformFromText recognises a known platform in a survey answer or an event's platform
// text: "Discord", "discord server", "LinkedIn", "Mighty". It returns PlatformOther for other
// text and PlatformNone for blank text.
func PlatformFromText(s string) Platform {
	t := fold(s)
	if strings.TrimSpace(t) == "" {
		return PlatformNone
	}
	for _, c := range []struct {
		kw string
		pl Platform
	}{{"discord", Discord}, {"slack", Slack}, {"linkedin", LinkedInGroups}, {"circle", Circle}, {"mighty", MightyNetworks}} {
		if containsWord(t, c.kw) {
			return c.pl
		}
	}
	return PlatformOther
}

// ChoosePlatform makes pl the charter's platform and records why (see PlatformAdvice.Why).
// An event platform that was the charter's old platform follows the new one; one the
// organizer typed differently stays. What it writes (the event's platform name, the
// rationale) is in the plan's language (PlanPrinter); ChoosePlatformIn writes another's.
func ChoosePlatform(p *Plan, pl Platform) { ChoosePlatformIn(p, pl, PlanPrinter(p)) }

// ChoosePlatformIn is ChoosePlatform writing the event's platform name and the rationale in
// tr's language, e.g. the window's.
func ChoosePlatformIn(p *Plan, pl Platform, tr *i18n.Printer) {
	if p == nil {
		return
	}
	old := p.Charter.Platform
	followed := ResolveEvent(p).PlatformFromCharter || strings.TrimSpace(p.Event.Platform) == ""
	p.Charter.Platform = pl
	p.Charter.PlatformWhy = AdvisePlatform(p).WhyIn(tr, pl)
	if followed && pl != old {
		p.Event.Platform = ""
		if pl != PlatformNone {
			p.Event.Platform = pl.In(tr)
		}
	}
}

// PlanPrinter is the printer of the plan's language: the language its exports use (the plan's
// own, else its client's; see EffectiveBranding), English when neither says or the code is
// unknown. Rules that write words into the plan write them in it.
func PlanPrinter(p *Plan) *i18n.Printer {
	if p == nil {
		return english
	}
	l, err := i18n.Parse(EffectiveBranding(p).Lang)
	if err != nil {
		return english
	}
	return i18n.New(l)
}

// PlatformWhyGenerated reports whether the charter's platform rationale is the one
// ChoosePlatform writes for the chosen platform, in any language, as the advice gives it
// now: then it is the app's words, not the organizer's, and may be worded anew.
func PlatformWhyGenerated(p *Plan) bool {
	if p == nil {
		return false
	}
	why := strings.TrimSpace(p.Charter.PlatformWhy)
	if why == "" {
		return false
	}
	a := AdvisePlatform(p)
	for _, l := range i18n.Langs {
		if why == a.WhyIn(i18n.New(l), p.Charter.Platform) {
			return true
		}
	}
	return false
}

// PlatformWhyIn is the charter's platform rationale for a document in tr's language: the
// rationale ChoosePlatform wrote (see PlatformWhyGenerated) in tr's language; one the
// organizer wrote, or one the advice no longer gives, as it stands.
func PlatformWhyIn(p *Plan, tr *i18n.Printer) string {
	if !PlatformWhyGenerated(p) {
		if p == nil {
			return ""
		}
		return p.Charter.PlatformWhy
	}
	return AdvisePlatform(p).WhyIn(tr, p.Charter.Platform)
}
