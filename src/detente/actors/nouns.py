"""Head nouns by what they name: places, bodies of people, kinds of person.

Read by entity extraction (:mod:`detente.actors.nominals`, descriptive
mentions such as "the regime") and by the coder (a side that names someone
though no dictionary knows it: "gave money to local communities"). Lemmas,
lower case.
"""

from __future__ import annotations

# Head nouns (lemmas) that name a place.
PLACE_NOUNS = frozenset("""
    city town village hamlet area region province district neighbourhood neighborhood suburb territory zone
    building compound facility headquarters hospital clinic school mosque church shrine market marketplace
    restaurant hotel station bridge road highway route street tunnel entrance checkpoint position airfield
    airport port harbour harbor dam reservoir river lake mountain valley desert island coast site location
    safehouse factory depot warehouse prison camp centre center complex structure stronghold outpost
    enclave bastion base garrison barracks outskirts republic
""".split())
# Verbs whose object is a place one goes to, through or from.
MOTION_VERBS = frozenset("leave enter visit reach cross flee tour travel return exit border approach".split())
# Verbs whose object is a territory held, taken, freed or remade: "isolate
# Raqqah", "rid Iraq of ISIL", "unite Syria".
TERRITORY_VERBS = frozenset("""
    isolate liberate free rid unite reunite occupy annex seize capture recapture retake partition divide encircle
    besiege surround control rebuild
""".split())
# Verbs whose object is a place: one goes there or holds it.
PLACE_OBJECT_VERBS = MOTION_VERBS | TERRITORY_VERBS
# The same acts named as nouns: "the liberation of Sinjar", "the fall of Mosul".
TERRITORY_ACTS = frozenset("""
    liberation occupation capture recapture seizure annexation partition isolation encirclement siege fall
""".split())
# Head nouns that name a body of people acting together.
GROUP_NOUNS = frozenset("""
    government administration regime authority cabinet ministry department agency army military navy force
    militia coalition alliance community group organisation organization party opposition unit team network
    command squadron battalion brigade regiment firm company corporation council committee commission audience
    parliament congress senate court police media insurgency tribe clan family population people nation
    leadership delegation enemy university newspaper charity gang cartel crew
""".split())
# Head nouns for a kind of person: one is a Person, several an Organisation.
PERSON_NOUNS = frozenset("""
    civilian fighter partner ally member terrorist militant insurgent rebel soldier troop officer official
    leader commander minister secretary spokesman spokeswoman spokesperson general victim resident citizen
    refugee migrant student journalist reporter worker employee expert adviser advisor diplomat ambassador
    envoy president chief director representative supporter backer perpetrator hostage physician doctor
    nurse teacher operative translator linguist airman marine sailor pilot contractor volunteer protester
    demonstrator activist jihadist extremist separatist gunman smuggler criminal detainee prisoner
    businessman sheikh cleric imam counterpart patient child
""".split())
# More people and bodies a coded event may be done by or to ("detained several
# suspects", "pressuring lecturers", "investigations against hundreds of
# banks"), which entity extraction leaves as common nouns: a man, the public.
OTHER_PEOPLE_NOUNS = frozenset("""
    bank insurer lender donor union federation association movement faction junta bureau institution embassy
    consulate league syndicate cell bloc caucus public electorate contingent household
    suspect lecturer trucker farmer fisherman herder villager inmate opponent critic dissident politician
    lawmaker legislator senator judge prosecutor lawyer negotiator mediator peacekeeper guard paratrooper
    commando mercenary bomber assailant attacker kidnapper captor hijacker pirate trafficker settler pilgrim
    worshipper voter candidate mayor governor king queen prince monarch premier chancellor dictator warlord
    elder child woman man boy girl person individual national foreigner immigrant evacuee survivor patient
    aide deputy delegate emissary consul analyst researcher scientist professor economist investor banker
    trader executive owner homeowner tourist passenger developer head inspector observer monitor
    driver miner laborer labourer follower policeman engineer entrepreneur priest bishop monk nun homeguard rival
    entity provider supplier manufacturer exporter importer retailer organizer organiser stakeholder
""".split())
PEOPLE_NOUNS = GROUP_NOUNS | PERSON_NOUNS | OTHER_PEOPLE_NOUNS
# People who are not a state's or a force's body: "inspectors", "those affected", "observers".
INDIVIDUAL_NOUNS = PERSON_NOUNS | OTHER_PEOPLE_NOUNS
# Heads that count or portion out what their "of" phrase names: "dozens of
# Islamic State fighters", "a number of Armenian websites", "parts of Kashmir".
QUANTITY_NOUNS = frozenset("""
    dozen hundred thousand million score number handful couple majority minority remnant rest part portion
    some many most all several few each both any none either neither one two three four five six seven eight nine ten
""".split())

# Weapons and equipment written as capitals, which the small model takes for
# organisations ("a VBIED", "a UAV"): things, never an actor or an entity.
EQUIPMENT_ACRONYMS = frozenset("""
    ied vbied svbied pbied uav uas drone rpg manpads atgm mlrs apc ifv mrap icbm slbm uhf vhf
""".split())
# Languages the model tags as nationalities: "(Arabic: ...)", "its Arabic acronym".
LANGUAGE_NAMES = frozenset("""
    arabic english french persian farsi dari pashto urdu kurdish kurmanji sorani turkish hebrew russian spanish
    german chinese mandarin hindi somali swahili amharic tigrinya
""".split())
# Nouns a language name modifies when it names the language: "its Arabic acronym".
LANGUAGE_USES = frozenset("acronym name word term translation language version spelling transliteration".split())
# Endings of the names of peoples and faiths ("Syrian", "Yemeni", "Kurdish",
# "Alawite", "Islamist", "French"); a name the model tags as a people but
# that ends otherwise is most often a place ("Aleppo", "Samarra").
PEOPLE_NAME_ENDINGS = (
    "an", "ese", "ish", "i", "ic", "ite", "ist", "ch", "ss", "k", "kh", "s", "ze", "ab", "rd",
)
# Peoples and faiths whose names end otherwise.
PEOPLE_NAMES = frozenset("shia shiah hindu sikh jew tamil uyghur uighur pashtun baloch hutu tutsi maori inuit roma".split())
# Ethnic and religious groups named as a people or a faith, in the forms a
# text uses for one member, the adjective or the faith ("a Yazidi", "Kurdish",
# "Islam"); a plural adds "s". The small model tags them as people, places
# or organisations, or not at all; annotation such as re3d marks them as
# nationalities.
PEOPLES_AND_FAITHS = frozenset("""
    yazidi yezidi kurd kurdish arab sunni shia shiite druze alawite christian muslim jew jewish islam christianity
    judaism turkmen assyrian chaldean copt coptic maronite hazara pashtun baloch tajik uzbek uyghur uighur
    rohingya tamil sinhalese hindu sikh buddhist bedouin berber amazigh tuareg fulani
""".split())
# Prefixes of warship and naval vessel names ("USS Mahan", "HMS Daring", "FS Forbin"):
# a ship is a thing, not a person, organisation or place.
VESSEL_PREFIXES = frozenset("""
    USS USNS HMS HMAS HMCS HMNZS FS INS RFS HNLMS ROKS TCG ARA BNS PNS KRI ESPS HDMS HNoMS HSwMS FGS
""".split())
# Last words of the names of agreements, documents and laws ("the Geneva Communique",
# "the Cessation of Hostilities"), and first words of the names of military
# operations ("Operation Steel Curtain"): events and texts, not actors or places.
DOCUMENT_HEADS = frozenset("""
    agreement accord accords treaty convention communique communiqué declaration charter protocol resolution
    hostilities book law act
""".split())
OPERATION_WORDS = frozenset({"operation", "exercise"})
# Last words of the names of buildings, works and waters, which the small model
# often tags as organisations ("the Ishtar Gate", "Al Assad University Hospital",
# "the Samarra Barrage"): places.
FACILITY_NOUNS = frozenset("""
    gate museum barrage airfield palace river canal tower fortress citadel hospital mosque airport dam bridge
""".split())
