package evidence

import (
	"github.com/coplaunch/coplaunch/planner"
)

// norm reduces header text and keywords to a comparable form: lower case, accents folded,
// every run of punctuation and white space (a no-break space too) made one space.
func norm(s string) string { return planner.FoldWords(s, true) }

// role is what a column of a report holds.
type role int

const (
	rNone role = iota
	rName
	rFirst
	rLast
	rEmail
	rUPN
	rJoin
	rLeave
	rDuration
	rRole
	rGuest
	rAction
	rTimestamp
	rDate
	rDaysActive
	rMessages
	rLastActive
	rCreated
	rDeactivated
	rWeeklyActive
	rDailyActive
	rUsername
	rPostCount
	rDaysVisited
	rLastSeen
	rAccountType
	rCount
)

// word is a header word: the role it names and the language it is in ("" for words shared
// by several languages or English).
type word struct {
	role role
	lang string
}

// headerWords maps normalised header cells to their roles, in the five app languages plus
// Polish (Teams reports of organisers in Poland were among the examples studied). Keep the
// keys normalised (see norm).
var headerWords = func() map[string]word {
	m := map[string]word{}
	add := func(r role, lang string, keys ...string) {
		for _, k := range keys {
			m[norm(k)] = word{r, lang}
		}
	}
	add(rName, "", "Name", "Full Name", "Name (Original Name)", "Participant", "Participant name", "Display name", "Member", "User", "Real name", "Member name")
	add(rName, "fr", "Nom", "Nom complet", "Participant(e)", "Membre", "Nom d'affichage")
	add(rName, "es", "Nombre", "Nombre completo", "Participante", "Miembro", "Nombre (nombre original)")
	add(rName, "de", "Vollständiger Name", "Teilnehmer", "Mitglied", "Anzeigename", "Name (ursprünglicher Name)")
	add(rName, "pt", "Nome", "Nome completo", "Membro", "Nome (nome original)")
	add(rName, "pl", "Imię i nazwisko", "Uczestnik", "Nazwa")
	add(rFirst, "", "First name", "Given name")
	add(rFirst, "fr", "Prénom")
	add(rFirst, "de", "Vorname")
	add(rFirst, "pt", "Primeiro nome")
	add(rFirst, "pl", "Imię")
	add(rLast, "", "Last name", "Family name", "Surname")
	add(rLast, "fr", "Nom de famille")
	add(rLast, "es", "Apellido", "Apellidos")
	add(rLast, "de", "Nachname")
	add(rLast, "pt", "Sobrenome", "Apelido")
	add(rLast, "pl", "Nazwisko")
	add(rEmail, "", "Email", "E-mail", "User Email", "Email address", "Mail", "Attendee email")
	add(rEmail, "fr", "Adresse e-mail", "Courriel", "Adresse de messagerie")
	add(rEmail, "es", "Correo", "Correo electrónico", "Dirección de correo electrónico")
	add(rEmail, "de", "E-Mail-Adresse")
	add(rEmail, "pt", "Endereço de e-mail")
	add(rEmail, "pl", "Adres e-mail")
	add(rUPN, "", "Participant ID (UPN)", "UPN")
	add(rUPN, "fr", "ID du participant (UPN)")
	add(rUPN, "es", "Id. del participante (UPN)")
	add(rUPN, "de", "Teilnehmer-ID (UPN)")
	add(rUPN, "pt", "ID do participante (UPN)")
	add(rUPN, "pl", "Identyfikator uczestnika (UPN)")
	add(rJoin, "", "Join Time", "First Join", "Time joined", "Joined at", "Join")
	add(rJoin, "fr", "Heure d'arrivée", "Première arrivée", "Heure de première arrivée", "Heure de participation")
	add(rJoin, "es", "Hora de unión", "Primera unión", "Hora de entrada", "Primera entrada")
	add(rJoin, "de", "Beitrittszeit", "Erster Beitritt", "Zeitpunkt des Beitritts")
	add(rJoin, "pt", "Primeira entrada", "Hora de ingresso", "Horário de entrada")
	add(rJoin, "pl", "Czas dołączenia", "Pierwsze dołączenie")
	add(rLeave, "", "Leave Time", "Last Leave", "Time exited", "Left at", "Leave")
	add(rLeave, "fr", "Heure de départ", "Dernier départ", "Heure du dernier départ")
	add(rLeave, "es", "Hora de salida", "Última salida")
	add(rLeave, "de", "Verlassenszeit", "Letztes Verlassen", "Zeitpunkt des Verlassens")
	add(rLeave, "pt", "Última saída", "Hora de saída", "Horário de saída")
	add(rLeave, "pl", "Czas opuszczenia", "Ostatnie opuszczenie")
	add(rDuration, "", "Duration", "Duration (Minutes)", "Total Duration (Minutes)", "In-Meeting Duration", "Time in meeting", "Attended", "Minutes")
	add(rDuration, "fr", "Durée", "Durée en réunion", "Durée dans la réunion", "Durée (minutes)")
	add(rDuration, "es", "Duración", "Duración en la reunión", "Duración (minutos)")
	add(rDuration, "de", "Dauer", "Dauer in der Besprechung", "Dauer (Minuten)")
	add(rDuration, "pt", "Duração", "Duração na reunião", "Duração (minutos)")
	add(rDuration, "pl", "Czas trwania", "Czas w spotkaniu", "Czas uczestnictwa")
	add(rRole, "", "Role")
	add(rRole, "es", "Rol")
	add(rRole, "de", "Rolle")
	add(rRole, "pt", "Função", "Papel")
	add(rRole, "pl", "Rola")
	add(rGuest, "", "Guest")
	add(rGuest, "fr", "Invité")
	add(rGuest, "es", "Invitado")
	add(rGuest, "de", "Gast")
	add(rGuest, "pt", "Convidado")
	add(rGuest, "pl", "Gość")
	add(rAction, "", "User Action", "Action")
	add(rAction, "fr", "Action de l'utilisateur")
	add(rAction, "es", "Acción del usuario")
	add(rAction, "de", "Benutzeraktion")
	add(rAction, "pt", "Ação do usuário")
	add(rAction, "pl", "Akcja użytkownika")
	add(rTimestamp, "", "Timestamp")
	add(rTimestamp, "fr", "Horodatage")
	add(rTimestamp, "es", "Marca de tiempo")
	add(rTimestamp, "de", "Zeitstempel")
	add(rTimestamp, "pt", "Carimbo de data/hora")
	add(rTimestamp, "pl", "Sygnatura czasowa")
	add(rDate, "", "Date", "Day", "Activity date", "Date of activity", "Active on", "Session date", "Meeting date")
	add(rDate, "es", "Fecha")
	add(rDate, "de", "Datum")
	add(rDate, "pt", "Data")
	add(rDaysActive, "", "Days active", "Days Active (Any)")
	add(rMessages, "", "Messages posted", "Messages", "Messages sent", "Posts")
	add(rLastActive, "", "Last active", "Last active (UTC)", "Last activity", "Date last active")
	add(rCreated, "", "Account created", "Account created (UTC)", "created_at", "Joined", "Join date", "Member since")
	add(rDeactivated, "", "Deactivated date", "Deactivated date (UTC)", "Deactivated")
	add(rWeeklyActive, "", "Weekly active members", "Weekly active users", "Weekly active people")
	add(rDailyActive, "", "Daily active members", "Daily active users", "Daily active people")
	add(rUsername, "", "Username", "Handle")
	add(rPostCount, "", "post_count")
	add(rDaysVisited, "", "days_visited")
	add(rLastSeen, "", "last_seen_at")
	add(rAccountType, "", "Account type")
	add(rCount, "", "Count", "Activity count", "Actions")
	return m
}()

// summaryKey is a key of a report's meeting summary (Teams' "1. Summary", Zoom's header block).
type summaryKey int

const (
	sNone summaryKey = iota
	sTitle
	sStart
	sEnd
	sDuration
	sHost
)

var summaryWords = func() map[string]summaryKey {
	m := map[string]summaryKey{}
	add := func(k summaryKey, keys ...string) {
		for _, s := range keys {
			m[norm(s)] = k
		}
	}
	add(sTitle, "Meeting title", "Meeting Title", "Topic", "Titre de la réunion", "Título de la reunión",
		"Besprechungstitel", "Titel der Besprechung", "Título da reunião", "Tytuł spotkania")
	add(sStart, "Start time", "Meeting Start Time", "Heure de début", "Hora de inicio", "Startzeit",
		"Hora de início", "Godzina rozpoczęcia", "Czas rozpoczęcia")
	add(sEnd, "End time", "Meeting End Time", "Heure de fin", "Hora de finalización", "Endzeit",
		"Hora de término", "Godzina zakończenia", "Czas zakończenia")
	add(sDuration, "Meeting duration", "Durée de la réunion", "Duración de la reunión", "Besprechungsdauer",
		"Duração da reunião", "Czas trwania spotkania")
	add(sHost, "User Email", "Host", "Host email")
	return m
}()

// sectionTitles are the numbered section titles of a Teams attendance report, normalised and
// without their number.
var sectionTitles = map[string]int{
	"summary": 1, "resume": 1, "resumen": 1, "zusammenfassung": 1, "resumo": 1, "podsumowanie": 1,
	"participants": 2, "participantes": 2, "teilnehmer": 2, "teilnehmende": 2, "uczestnicy": 2,
	"in meeting activities": 3, "activites dans la reunion": 3, "actividades en la reunion": 3,
	"aktivitaten in der besprechung": 3, "atividades na reuniao": 3, "dzialania w trakcie spotkania": 3,
}

// organizerWords are the values of a role column that mean the meeting's organiser or host.
var organizerWords = map[string]bool{
	"organizer": true, "organiser": true, "host": true, "organisateur": true, "organisatrice": true,
	"organizador": true, "organizadora": true, "organisator": true, "organisatorin": true,
	"organizator": true, "anfitrion": true, "anfitriao": true, "hote": true,
}

// yesWords are the values of a guest column that mean yes.
var yesWords = map[string]bool{"yes": true, "y": true, "true": true, "oui": true, "si": true, "ja": true, "sim": true, "tak": true}

// joinedWords and leftWords are the values of an old Teams report's user action column.
var (
	joinedWords = map[string]bool{"joined": true, "joined before": true, "a rejoint": true, "rejoint": true,
		"se unio": true, "unido": true, "beigetreten": true, "ingressou": true, "entrou": true, "dolaczyl": true, "dolaczyl a": true}
	leftWords = map[string]bool{"left": true, "est parti": true, "a quitte": true, "salio": true,
		"hat verlassen": true, "verlassen": true, "saiu": true, "opuscil": true, "opuscil a": true}
)
