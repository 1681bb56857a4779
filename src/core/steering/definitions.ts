// The exact definition of every steering measure, ladder step and signal, in Dutch and English. The UI shows these as help
// text and the PDF report prints them, so what a number means is written once, next to the code that computes it
// (./measures.ts, ./ladder.ts, ./signals.ts). Keep both in step when a definition changes.

export const MEASURE_CODES = [
  'active_member_share',
  'turnout_registered',
  'turnout_members',
  'employer_led_share',
  'needs_driven_share',
  'needs_to_activity',
  'needs_met',
  'kerngroep_breadth',
  'kerngroep_attendance',
  'kerngroep_renewal',
  'coordinator_tasks',
  'coordinator_activities',
  'placements',
  'banen',
  'still_employed_6',
  'still_employed_12',
  'ambition_vs_realised',
  'activities',
  'candidate_voice',
] as const;
export type MeasureCode = (typeof MEASURE_CODES)[number];

type Texts = Record<MeasureCode, { label: string; definition: string }>;

export const MEASURE_TEXTS: { nl: Texts; en: Texts } = {
  nl: {
    active_member_share: {
      label: 'Actieve deelnemers',
      definition:
        'Deelnemers (organisaties die op die dag lid zijn) met in de 90 dagen tot en met die dag minstens één aanwezigheid bij een activiteit of één bijdrage: een behoefte ingebracht of gesteund, een activiteit georganiseerd of ontvangen, als spreker opgetreden, een kandidaat geplaatst of een nieuwe deelnemer aangebracht — gedeeld door alle deelnemers op die dag. In de trend: gemeten op de laatste dag van elke maand of elk kwartaal.',
    },
    turnout_registered: {
      label: 'Opkomst t.o.v. aanmeldingen',
      definition:
        'Per activiteit die in de periode plaatsvond (niet geannuleerd, aanwezigheid geregistreerd): aanwezigen gedeeld door aanmeldingen als deelnemer met een plaats (niet op de wachtlijst, niet afgemeld; gastheren en sprekers tellen niet mee). Over meer activiteiten: som aanwezigen gedeeld door som aanmeldingen.',
    },
    turnout_members: {
      label: 'Opkomst t.o.v. deelnemers',
      definition:
        'Per activiteit: het aantal verschillende deelnemende organisaties met minstens één aanwezige contactpersoon, gedeeld door het aantal deelnemers van het netwerk op die dag. Over meer activiteiten: de sommen van beide gedeeld.',
    },
    employer_led_share: {
      label: 'Door werkgevers geleid',
      definition:
        'Activiteiten die in de periode beginnen (niet geannuleerd) en die zijn geïnitieerd door een deelnemende werkgever of de kerngroep, of die een deelnemende werkgever ontvangt, gedeeld door alle activiteiten in de periode. De rest is geïnitieerd door de coördinator of partners.',
    },
    needs_driven_share: {
      label: 'Behoeftegestuurd',
      definition:
        'Activiteiten die in de periode beginnen (niet geannuleerd) en die aan minstens één vastgelegde behoefte van een deelnemer gekoppeld zijn, gedeeld door alle activiteiten in de periode.',
    },
    needs_to_activity: {
      label: 'Behoeften die tot een activiteit leidden',
      definition:
        'Behoeften die in de periode zijn ingebracht en aan een activiteit gekoppeld zijn, gedeeld door alle behoeften die in de periode zijn ingebracht.',
    },
    needs_met: {
      label: 'Behoeften vervuld',
      definition:
        'Behoeften die in de periode zijn ingebracht en als "vervuld" zijn beoordeeld, gedeeld door de behoeften uit de periode die beoordeeld zijn (vervuld of niet vervuld).',
    },
    kerngroep_breadth: {
      label: 'Breedte kerngroep',
      definition:
        'Het aantal verschillende organisaties met vandaag iemand in de kerngroep (een lopende termijn in de rol kerngroep), naast hetzelfde aantal een jaar geleden.',
    },
    kerngroep_attendance: {
      label: 'Aanwezigheid kerngroep',
      definition:
        'Bij vergaderingen van de kerngroep in de periode: aanwezig gemelde leden gedeeld door alle geregistreerde leden (aanwezig of afwezig).',
    },
    kerngroep_renewal: {
      label: 'Vernieuwing kerngroep',
      definition:
        'Kerngroeptermijnen die in de afgelopen 365 dagen begonnen en eindigden, en de datum van de laatst begonnen termijn. "Geen vernieuwing": de kerngroep bestaat minstens twee jaar en in twee jaar begon geen nieuwe termijn.',
    },
    coordinator_tasks: {
      label: 'Ledentaken bij de coördinator',
      definition:
        'Taken die de inrichting bij een rol van deelnemers legt (kerngroep, werkgever, kartrekker), niet geannuleerd, en die toegewezen zijn aan iemand die vandaag coördinator is, gedeeld door al zulke taken.',
    },
    coordinator_activities: {
      label: 'Activiteiten door de coördinator',
      definition:
        'Activiteiten die in de periode beginnen (niet geannuleerd) en door de coördinator zijn geïnitieerd, gedeeld door alle activiteiten in de periode.',
    },
    placements: {
      label: 'Plaatsingen',
      definition: 'Plaatsingen met een startdatum in de periode.',
    },
    banen: {
      label: 'Banen (banenafspraak)',
      definition:
        'Per plaatsing met startdatum in de periode: uren per week gedeeld door 25,5, op twee decimalen, alleen als de kandidaat in het doelgroepregister staat (ja); opgeteld.',
    },
    still_employed_6: {
      label: 'Nog in dienst na 6 maanden',
      definition:
        'Plaatsingen waarvan de 6-maandsdatum in de periode valt en voorbij is: nog in dienst als de check-in na 6 maanden dat zegt, of — zonder die check-in — als de plaatsing vóór die datum niet beëindigd was; gedeeld door al die plaatsingen.',
    },
    still_employed_12: {
      label: 'Nog in dienst na 12 maanden',
      definition: 'Als na 6 maanden, met de 12-maandsdatum en de check-in na 12 maanden.',
    },
    ambition_vs_realised: {
      label: 'Ambitie en realisatie per werkgever',
      definition:
        'Per deelnemer in de periode: de ambitie (banen) voor het jaar van de periode, de plaatsingen en banen met startdatum in de periode, en wat de werkgever zelf als gerealiseerd opgaf. Het totaal telt de ambities op van wie er een opgaf.',
    },
    activities: {
      label: 'Activiteiten en aanmeldingen',
      definition:
        'Activiteiten die in de periode beginnen en niet geannuleerd zijn; aanmeldingen als deelnemer met een plaats bij activiteiten die plaatsvonden. Kandidaten tellen apart: het aantal aanwezige kandidaten bij die activiteiten staat erbij, en telt niet mee in de opkomst van deelnemers.',
    },
    candidate_voice: {
      label: 'Stem van kandidaten',
      definition:
        'Drie delen. Check-ins: de check-ins na 3, 6 en 12 maanden van plaatsingen waarvan de datum in de periode valt en voorbij is (en de plaatsing was op die datum niet beëindigd), of die de kandidaat al beantwoordde; het aandeel dat de kandidaat zelf beantwoordde. Advies: het aantal adviezen dat in de periode is gegeven door leden van de klankbordgroep die als ervaringsdeskundige aan een kandidaat gekoppeld zijn. Meedoen: het aantal verschillende kandidaten dat aanwezig was bij een activiteit in de periode (niet geannuleerd, tot en met vandaag). Voor een financier: aantallen onder 5 als "< 5", het aandeel alleen bij minstens 5 beantwoord, 5 niet beantwoord en 5 in totaal.',
    },
  },
  en: {
    active_member_share: {
      label: 'Active members',
      definition:
        'Members (organisations that are members on that day) with at least one attendance at an activity or one contribution in the 90 days up to and including that day — a need raised or supported, an activity initiated or hosted, a talk given, a candidate placed or a new member brought in — divided by all members on that day. In the trend: measured on the last day of each month or quarter.',
    },
    turnout_registered: {
      label: 'Turnout of registrations',
      definition:
        'Per activity held in the period (not cancelled, attendance recorded): present divided by registrations as attendee with a place (not on the waiting list, not cancelled; hosts and speakers not counted). Over several activities: sum present divided by sum registered.',
    },
    turnout_members: {
      label: 'Turnout of members',
      definition:
        'Per activity: the number of distinct member organisations with at least one contact present, divided by the number of members of the network on that day. Over several activities: the sums of both divided.',
    },
    employer_led_share: {
      label: 'Employer-led',
      definition:
        'Activities starting in the period (not cancelled) initiated by a member employer or the kerngroep, or hosted by a member employer, divided by all activities in the period. The rest was initiated by the coordinator or partners.',
    },
    needs_driven_share: {
      label: 'Needs-driven',
      definition:
        'Activities starting in the period (not cancelled) linked to at least one recorded member need, divided by all activities in the period.',
    },
    needs_to_activity: {
      label: 'Needs that led to an activity',
      definition:
        'Needs raised in the period that are linked to an activity, divided by all needs raised in the period.',
    },
    needs_met: {
      label: 'Needs met',
      definition:
        'Needs raised in the period judged "met", divided by the needs of the period that were judged (met or not met).',
    },
    kerngroep_breadth: {
      label: 'Kerngroep breadth',
      definition:
        'The number of distinct organisations with someone in the kerngroep today (a current term in the kerngroep role), next to the same number a year ago.',
    },
    kerngroep_attendance: {
      label: 'Kerngroep attendance',
      definition:
        'At kerngroep meetings in the period: members recorded present divided by all members recorded (present or absent).',
    },
    kerngroep_renewal: {
      label: 'Kerngroep renewal',
      definition:
        'Kerngroep terms that started and ended in the last 365 days, and the date of the newest term. "Not renewing": the kerngroep has existed for at least two years and no new term began in two years.',
    },
    coordinator_tasks: {
      label: "Members' tasks done by the coordinator",
      definition:
        'Tasks the design gives to a member-side role (kerngroep, employer, theme lead), not cancelled, that are assigned to someone who is coordinator today, divided by all such tasks.',
    },
    coordinator_activities: {
      label: 'Activities by the coordinator',
      definition:
        'Activities starting in the period (not cancelled) initiated by the coordinator, divided by all activities in the period.',
    },
    placements: { label: 'Placements', definition: 'Placements with a start date in the period.' },
    banen: {
      label: 'Jobs (banenafspraak)',
      definition:
        'Per placement starting in the period: hours per week divided by 25.5, to two decimals, only when the candidate is in the doelgroepregister (yes); summed.',
    },
    still_employed_6: {
      label: 'Still employed after 6 months',
      definition:
        'Placements whose 6-month date falls in the period and has passed: still employed when the 6-month check-in says so, or — without that check-in — when the placement had not ended before that date; divided by all those placements.',
    },
    still_employed_12: {
      label: 'Still employed after 12 months',
      definition: 'As after 6 months, with the 12-month date and the 12-month check-in.',
    },
    ambition_vs_realised: {
      label: 'Ambition and realisation per employer',
      definition:
        "Per member in the period: the ambition (jobs) for the period's year, the placements and jobs starting in the period, and what the employer itself reported as realised. The total adds up the ambitions of those who gave one.",
    },
    activities: {
      label: 'Activities and registrations',
      definition:
        "Activities starting in the period that were not cancelled; registrations as attendee with a place at activities that took place. Candidates are counted apart: the number of candidates present at those activities is shown beside it and is not part of the members' turnout.",
    },
    candidate_voice: {
      label: "Candidates' voice",
      definition:
        'Three parts. Check-ins: the 3-, 6- and 12-month check-ins of placements whose date falls in the period and has passed (and the placement had not ended by then), or that the candidate already answered; the share the candidate answered. Advice: the number of pieces of advice given in the period by klankbordgroep members linked to a candidate record as ervaringsdeskundige. Taking part: the number of distinct candidates present at an activity in the period (not cancelled, up to today). For a funder: counts below 5 as "< 5", the share only with at least 5 answered, 5 not answered and 5 in all.',
    },
  },
};

export const LADDER_TEXTS = {
  nl: {
    rule: 'Trede: de hoogste trede die de organisatie in de 180 dagen tot en met vandaag bereikte; vorige trede: hetzelfde voor de 180 dagen daarvoor. Waarschuwing "gezakt": twee of meer treden lager dan de vorige. Waarschuwing "stil": minstens 120 dagen lid, geen kerngroep- of kartrekkersrol en 120 dagen of langer niets gedaan.',
    steps: {
      none: 'Geen',
      attends: 'Komt',
      contributes: 'Draagt bij',
      hosts_leads: 'Ontvangt of trekt',
      places: 'Plaatst kandidaten',
      ambassador: 'Werft anderen / ambassadeur',
    },
    stepDefinitions: {
      none: 'Niets van het onderstaande in de periode.',
      attends: 'Een contactpersoon was aanwezig bij een activiteit.',
      contributes: 'Bracht een behoefte in, steunde er een of trad op als spreker.',
      hosts_leads: 'Ontving of initieerde een activiteit, of heeft iemand in de kerngroep of als kartrekker.',
      places: 'Startte een plaatsing van een kandidaat.',
      ambassador: 'Bracht een nieuwe deelnemer aan die in de periode lid werd.',
    },
  },
  en: {
    rule: 'Step: the highest step the organisation reached in the 180 days up to today; previous step: the same for the 180 days before. Alert "slid": two or more steps below the previous one. Alert "quiet": member for at least 120 days, no kerngroep or theme-lead role, and nothing done for 120 days or more.',
    steps: {
      none: 'None',
      attends: 'Attends',
      contributes: 'Contributes',
      hosts_leads: 'Hosts or leads',
      places: 'Places candidates',
      ambassador: 'Recruits others / ambassador',
    },
    stepDefinitions: {
      none: 'None of the below in the window.',
      attends: 'A contact attended an activity.',
      contributes: 'Raised or supported a need, or gave a talk.',
      hosts_leads: 'Hosted or initiated an activity, or has someone in the kerngroep or as theme lead.',
      places: 'Started a placement of a candidate.',
      ambassador: 'Brought in a new member who joined in the window.',
    },
  },
} as const;

/** Each signal's title and its one line of advice, drawn from the guide. */
export const SIGNAL_TEXTS = {
  nl: {
    coordinator_doing_member_tasks: {
      title: 'De coördinator doet het werk van deelnemers',
      advice:
        'De coördinator draagt in de opstartfase veel en draagt daarna taken over: laat werkgevers en kartrekkers activiteiten organiseren en ontvangen; de coördinator coacht en faciliteert.',
    },
    kerngroep_shrinking: {
      title: 'De kerngroep krimpt',
      advice:
        'Sturing en beleid horen in handen van werkgevers: vul de kerngroep aan met werkgevers uit het netwerk, zoals bij 99vanTwente de initiatiefgroep de kerngroep werd.',
    },
    kerngroep_not_renewing: {
      title: 'De kerngroep vernieuwt niet',
      advice:
        'Spreek termijnen en rotatie af, zodat nieuwe werkgevers eigenaarschap nemen; een kerngroep die overal bij betrokken is, schept een vergadercultuur.',
    },
    low_employer_led: {
      title: 'Weinig activiteiten door werkgevers',
      advice:
        'Laat werkgevers activiteiten initiëren en ontvangen; bij 99vanGroot-Amsterdam gaf een vaste jaaragenda de meeste werkgevers geen gevoel van eigenaarschap.',
    },
    low_needs_driven: {
      title: 'Weinig behoeftegestuurde activiteiten',
      advice:
        'Werk met een rollende, behoeftegestuurde agenda: haal behoeften van deelnemers op en verbind ze, in plaats van een vast jaarplan.',
    },
    funder_agreement_ending: {
      title: 'De afspraak met de financier loopt binnen drie maanden af',
      advice:
        'Bespreek tijdig met de financier wat er na deze periode komt, en leg opnieuw vast dat de financier stuurt op de missie en de werkgevers op de inhoud.',
    },
    funder_in_governance: {
      title: 'De financier zit zelf in de kerngroep of het bestuur',
      advice:
        'De handreiking: "belangrijk dat de aansturing en het beleid ook in handen zijn van werkgevers"; een externe financier "zou alleen moeten sturen op de missie". Geef de zetel aan een werkgever en spreek met de financier af hoe die over de missie meepraat.',
    },
    funder_demands_year_plan: {
      title: 'De financier vraagt een uitgewerkt jaarplan',
      advice:
        'De handreiking: "Een spanningsveld ontstaat wanneer een opdrachtgever/financier op voorhand een uitgewerkt (jaar)plan wil zien. Dat past niet bij een behoeftegestuurd netwerk." Spreek af dat de financier alleen stuurt op de missie en dat de invulling van de activiteiten bij de werkgevers ligt.',
    },
    candidate_check_in_worry: {
      title: 'Een kandidaat maakt zich zorgen over het werk',
      advice:
        'Bij een check-in gaf een kandidaat aan dat het slecht gaat, te weinig hulp krijgt of contact wil. Neem contact op met de kandidaat en markeer het antwoord als afgehandeld bij de plaatsing.',
    },
    candidate_requests_overdue: {
      title: 'Verzoeken van kandidaten liggen te lang',
      advice:
        'Een kandidaat vroeg om verbetering of wissen van eigen gegevens en kreeg binnen 30 dagen geen antwoord. Handel het verzoek af op de pagina van de kandidaat; de AVG vraagt een antwoord binnen een maand.',
    },
    growth_outpacing_turnout: {
      title: 'Groei gaat sneller dan betrokkenheid',
      advice:
        'Te snelle groei geeft weinig eigenaarschap (lage opkomst, weinig interactie); overweeg toetredingsvoorwaarden zoals een intentieverklaring en het rapporteren van ambitie en realisatie.',
    },
  },
  en: {
    coordinator_doing_member_tasks: {
      title: "The coordinator is doing members' work",
      advice:
        'The coordinator carries much in the start-up phase and then hands tasks over: let employers and theme leads organise and host activities; the coordinator coaches and facilitates.',
    },
    kerngroep_shrinking: {
      title: 'The kerngroep is shrinking',
      advice:
        "Steering and policy belong in employers' hands: add employers from the network to the kerngroep, as at 99vanTwente where the initiating group became the kerngroep.",
    },
    kerngroep_not_renewing: {
      title: 'The kerngroep does not renew',
      advice:
        'Agree terms and rotation so new employers take ownership; a kerngroep involved in everything creates a meeting culture.',
    },
    low_employer_led: {
      title: 'Few activities led by employers',
      advice:
        'Let employers initiate and host activities; at 99vanGroot-Amsterdam a fixed year agenda left most employers feeling no ownership.',
    },
    low_needs_driven: {
      title: 'Few needs-driven activities',
      advice:
        "Work with a rolling, needs-driven agenda: gather and connect members' needs instead of a fixed annual plan.",
    },
    funder_agreement_ending: {
      title: "The funder's agreement ends within three months",
      advice:
        'Talk with the funder in good time about what comes after this period, and record again that the funder steers on the mission and the employers on the content.',
    },
    funder_in_governance: {
      title: "The funder's own person sits in the kerngroep or board",
      advice:
        'The guide: steering and policy should also be in the hands of employers; an external funder should steer only on the mission. Give the seat to an employer and agree with the funder how it takes part in talks about the mission.',
    },
    funder_demands_year_plan: {
      title: 'The funder demands a worked-out year plan',
      advice:
        'The guide: a tension arises when a client or funder wants to see a worked-out (year) plan in advance, which does not fit a needs-driven network. Agree that the funder steers only on the mission and that the content of the activities lies with the employers.',
    },
    candidate_check_in_worry: {
      title: 'A candidate is worried about the job',
      advice:
        'At a check-in a candidate said things go badly, there is not enough help, or asked to be contacted. Contact the candidate and mark the answer handled on the placement.',
    },
    candidate_requests_overdue: {
      title: "Candidates' requests are overdue",
      advice:
        "A candidate asked to correct or erase their own data and got no answer within 30 days. Handle the request on the candidate's page; the GDPR asks for an answer within one month.",
    },
    growth_outpacing_turnout: {
      title: 'Growth outpaces engagement',
      advice:
        'Too-fast growth gives little ownership (low turnout, little interaction); consider entry conditions such as a declaration of intent and reporting ambition and realised jobs.',
    },
  },
} as const;
