"""Several claims in one sentence and the voices that make them, each a sentence in our
own words under an analyst's table of the war's parties: "... and seized eight others",
"wounded 31 overnight", "a senior army commander said"."""

from __future__ import annotations

import pytest
from war_tables import N, rows_in

CASES = [
    # a counted noun "of a" group: the count is the members', not the group's one
    ("nigeria_nw", "Bandits attacked the town on Sunday. Four officers of the Nigeria Police Force "
     "and three members of a local vigilante group were killed, residents said.",
     [("local_sources", "nga_police", "killed", 4, 4, 4),
      ("local_sources", "vigilantes", "killed", 3, 3, 3)]),
    # ... not animals "of a" herder
    ("nigeria", "Bandits killed 50 goats of a farmer in Kebbi, residents said.", []),
    # ... while "the son of a local chief" is one person, and so is "a soldier" whose killing
    # five were arrested for
    ("nigeria", "Police arrested five men in the killing of a soldier in Kaduna, the Nigerian "
     "army said.",
     [("nga_army", "nga_army", "killed", 1, 1, 1), ("nga_army", N, "captured", 5, 5, 5)]),
    ("haiti", "Gangs attacked the town on Sunday, killing the son of a local chief, residents "
     "said.",
     [("local_sources", "civilians", "killed", 1, 1, 1)]),
    # a toll broken down after its first part: "N of the dead were X and M were Y"
    ("sahel", "Jihadists overran the post on Sunday. A security source said 14 of the dead were "
     "Malian soldiers and nine were JNIM fighters.",
     [("local_sources", "fama", "killed", 14, 14, 14),
      ("local_sources", "jnim", "killed", 9, 9, 9)]),
    # ... not a share with no figure
    ("sahel", "Jihadists overran the post on Sunday. Residents said many of those killed were "
     "elderly people and nine were children.", []),
    # a part of a toll whose victims are unnamed is a claim as the toll is
    ("sudan", "Shelling hit the camp on Sunday. The Sudan Doctors Network said 47 others were "
     "wounded, 12 of them seriously.",
     [("sd_doctors", N, "wounded", 47, 47, 47), ("sd_doctors", N, "wounded", 12, 12, 12)]),
    # "others" after a counted item: more of the same item, with the same owner
    ("sudan", "The Sudanese army said its troops killed 40 RSF fighters, destroyed five combat "
     "vehicles and seized three others intact.",
     [("saf", "rsf", "killed", 40, 40, 40),
      ("saf", "rsf", "equipment_destroyed", 5, 5, 5),
      ("saf", "rsf", "equipment_seized", 3, 3, 3)]),
    ("somalia", "Al Shabaab said its fighters burned two Somali army trucks and drove off with "
     "four others.",
     [("shabaab", "sna", "equipment_destroyed", 2, 2, 2),
      ("shabaab", "sna", "equipment_seized", 4, 4, 4)]),
    # ... but "others" after a count of people are people
    ("sudan", "The Sudanese army said it killed 12 RSF fighters and captured four others.",
     [("saf", "rsf", "killed", 12, 12, 12),
      ("saf", "rsf", "captured", 4, 4, 4)]),
    # a bare count followed by a word of time still stands alone
    ("sudan", "A drone strike on a market in El Obeid killed nine people and wounded 31 "
     "overnight, the Sudan Doctors Network said.",
     [("sd_doctors", "civilians", "killed", 9, 9, 9),
      ("sd_doctors", "civilians", "wounded", 31, 31, 31)]),
    ("sudan", "Shelling killed four people and injured 17 Tuesday, medics said.",
     [("local_sources", "civilians", "killed", 4, 4, 4),
      ("local_sources", "civilians", "wounded", 17, 17, 17)]),
    # firearms are equipment
    ("myanmar", "The People's Defence Force said it overran a junta outpost and seized 26 "
     "firearms.",
     [("pdf", "tatmadaw", "equipment_seized", 26, 26, 26)]),
    # an officer's rank before the role word: the army speaks
    ("somalia", "Troops killed 23 al Shabaab fighters in a raid on a camp near Bulo Burde, a "
     "senior army commander told reporters on Sunday.",
     [("sna", "shabaab", "killed", 23, 23, 23)]),
    # ... but of two government forces "the army" names neither by default
    ("somalia_jubaland", "Troops killed 23 al Shabaab fighters near Bulo Burde, a senior army "
     "commander said.",
     [(None, "shabaab", "killed", 23, 23, 23)]),
    # review of session 10: "12 more fighters", "15 others hostage" are people; a relay
    # after a conjoined clause speaks for that clause; "since last year" is a comparison;
    # "while the terrorists suffered 40 dead" are not "our side"
    ("sudan", "The Sudanese army said it destroyed three RSF combat vehicles and captured 12 "
     "more fighters near Bara.",
     [("saf", "rsf", "equipment_destroyed", 3, 3, 3),
      ("saf", "rsf", "captured", 12, 12, 12)]),
    ("sudan", "The RSF said it had seized the town, and at least 45 civilians died in the "
     "fighting, according to the Sudan Doctors Network.",
     [("sd_doctors", "civilians", "killed", 45, 45, N)]),
    ("haiti", "Gunmen killed 12 people in Kenscoff on Sunday, the deadliest attack in the area "
     "since last year, Haiti's national police said.",
     [("haiti_police", "civilians", "killed", 12, 12, 12)]),
    ("sahel", '"On our side, we deplore three dead, while the terrorists suffered 40 dead," the '
     "Malian army said.",
     [("fama", "fama", "killed", 3, 3, 3),
      ("fama", "jnim", "killed", 40, 40, 40)]),
    # "... and destroyed nine others" after vehicles: vehicles, not people killed
    ("sudan", "The Sudanese army said it had seized 11 combat vehicles and destroyed seven "
     "others near Bara.",
     [("saf", "rsf", "equipment_seized", 11, 11, 11),
      ("saf", "rsf", "equipment_destroyed", 7, 7, 7)]),
    # items a party took, owned by the enemy it counted in the sentence before
    ("sahel", "The Malian army said it had neutralised 14 terrorists near Nampala. Troops also "
     "recovered 12 motorcycles and destroyed three others, the statement said.",
     [("fama", "jnim", "killed", 14, 14, 14),
      ("fama", "jnim", "equipment_seized", 12, 12, 12),
      ("fama", "jnim", "equipment_destroyed", 3, 3, 3)]),
    # "apprehended" is a capture
    ("pakistan", "Security forces killed six TTP fighters and apprehended two others in North "
     "Waziristan, the ISPR said.",
     [("pak_army", "ttp", "killed", 6, 6, 6),
      ("pak_army", "ttp", "captured", 2, 2, 2)]),
    # "on our side" before a bare count of dead: the speaker's own
    ("sahel", '"On our side, we deplore three dead and seven wounded," the Malian army said.',
     [("fama", "fama", "killed", 3, 3, 3),
      ("fama", "fama", "wounded", 7, 7, 7)]),
    # more of the same people at another place, as the first fared
    ("sahel", '"Eleven VDP fell at Toeni and four others at Lanfiera," a local official said.',
     [("local_sources", "vdp", "killed", 11, 11, 11),
      ("local_sources", "vdp", "killed", 4, 4, 4)]),
    # parts of a count of bodies or deaths: "among them", "including"
    ("drc", '"We have recovered 21 bodies, among them six women and a two-year-old child," a '
     "local official said.",
     [("local_sources", "civilians", "killed", 21, 21, 21),
      ("local_sources", "civilians", "killed", 6, 6, 6),
      ("local_sources", "civilians", "killed", 1, 1, 1)]),
    # "put the number of <people> killed at": whose they are, in several words
    ("myanmar", "The People's Defence Force put the number of junta troops killed at 17.",
     [("pdf", "tatmadaw", "killed", 17, 17, 17)]),
    # last year's toll is background to the event reported
    ("haiti", "Gunmen killed nine people in Kenscoff on Sunday, Haiti's national police said. "
     "More than 4,000 people were killed in gang violence across the country last year, "
     "according to the United Nations.",
     [("haiti_police", "civilians", "killed", 9, 9, 9)]),
    # a list of counted items shares its verb ("shot down 48 of the drones and two of the
    # missiles"); a calibre is part of an item ("four 120mm mortars")
    ("ukraine_states", "Russia launched 70 drones and three missiles overnight, Ukraine's air "
     "force said. Air defences shot down 45 of the drones and two of the missiles, it said.",
     [("ua_state", "ru_state", "equipment_destroyed", 45, 45, 45),
      ("ua_state", "ru_state", "equipment_destroyed", 2, 2, 2)]),
    ("myanmar", "The People's Defence Force said it had seized 120 small arms and three 60mm "
     "mortars.",
     [("pdf", "tatmadaw", "equipment_seized", 120, 120, 120),
      ("pdf", "tatmadaw", "equipment_seized", 3, 3, 3)]),
    # ... but "and large quantities of ammunition" is no tally
    ("myanmar", "The People's Defence Force said it had seized nine rifles and large quantities "
     "of ammunition.",
     [("pdf", "tatmadaw", "equipment_seized", 9, 9, 9)]),
    # "the paramilitary force" is the rebels' voice
    ("sudan", "The paramilitary force said it had destroyed 14 of the army's combat vehicles.",
     [("rsf", "saf", "equipment_destroyed", 14, 14, 14)]),
    # a named loser's losses ("Russia had lost 1,080 troops"), whoever reports them
    ("ukraine_camps", "Ukraine's General Staff published its daily figures on Monday. It said "
     "Russia had lost 1,120 troops killed and wounded over the past day.",
     [("ukraine", "russia", "killed_or_wounded", 1120, 1120, 1120)]),
    # a passive behind an adverb phrase, and dead "since"
    ("sahel", "A Malian army statement said that eight soldiers had in fact been killed.",
     [("fama", "fama", "killed", 8, 8, 8)]),
    ("drc", "A doctor said 23 wounded civilians had been admitted overnight, five of them "
     "children, and that three had since died.",
     [("local_sources", "civilians", "wounded", 23, 23, 23),
      ("local_sources", "civilians", "wounded", 5, 5, 5),
      ("local_sources", "civilians", "killed", 3, 3, 3)]),
    # "launched 51 drones overnight, 38 of which were shot down": the part downed
    ("ukraine_states", "Ukraine's air force said Russia had launched 57 drones overnight, 41 of "
     "which were shot down.",
     [("ua_state", "ru_state", "equipment_destroyed", 41, 41, 41)]),
    # how bodies were found does not hide them
    ("drc", "Local officials said nine charred bodies had been found in the village.",
     [("local_sources", "civilians", "killed", 9, 9, 9)]),
    # a trailing "according to" relays the party that said it
    ("sahel", "JNIM, which claimed the attack, said it had killed 34 Malian soldiers near "
     "Boulkessi, according to ACLED.",
     [("jnim", "fama", "killed", 34, 34, 34)]),
    ("sahel", "Thirty-four Malian soldiers were killed near Boulkessi, according to AFP.",
     [("outlet", "fama", "killed", 34, 34, 34)]),
    # a part after its whole: "..., a village chief among them"; a part of a toll
    ("sudan", "RSF fighters killed 11 civilians in Um Rawaba, a village chief among them, the "
     "Sudan Doctors Network said.",
     [("sd_doctors", "civilians", "killed", 11, 11, 11),
      ("sd_doctors", "civilians", "killed", 1, 1, 1)]),
    ("sudan", "The Sudan Doctors Network raised the toll to nine, among them a 12-year-old boy.",
     [("sd_doctors", "civilians", "killed", 9, 9, 9),
      ("sd_doctors", "civilians", "killed", 1, 1, 1)]),
    # equipment counted by the dozen, quoted as the group's own word, or after "to recover";
    # a list whose last item is a compound noun ("pickup trucks")
    ("somalia", 'Al Shabaab said its fighters had killed 19 soldiers and driven off with three '
     '"technicals", pickup trucks fitted with machine guns.',
     [("shabaab", "sna", "killed", 19, 19, 19),
      ("shabaab", "sna", "equipment_seized", 3, 3, 3)]),
    ("sahel", '"The enemy paid dearly: dozens of terrorists neutralised, half a dozen motorcycles '
     'and three pickup trucks destroyed," the Malian army said.',
     [("fama", "jnim", "killed", 24, 24, 99),
      ("fama", "jnim", "equipment_destroyed", 6, 6, 6),
      ("fama", "jnim", "equipment_destroyed", 3, 3, 3)]),
    ("sahel", "The Malian army said its units had neutralised about forty terrorists and managed "
     "to recover some fifteen motorcycles.",
     [("fama", "jnim", "killed", 40, 40, 40),
      ("fama", "jnim", "equipment_seized", 15, 15, 15)]),
    # gear raiders took or burned is the army's (a word for attackers is their subject); a
    # party named as the object of the verb before is not the agent of the next one
    ("nigeria", "Residents said the insurgents, who came on motorbikes, made off with a pickup "
     "mounted with a machine gun and set fire to three armoured vehicles.",
     [("local_sources", "nga_army", "equipment_seized", 1, 1, 1),
      ("local_sources", "nga_army", "equipment_destroyed", 3, 3, 3)]),
    ("nigeria", "The Nigerian army said troops killed 12 ISWAP terrorists and destroyed five "
     "gun trucks.",
     [("nga_army", "iswap", "killed", 12, 12, 12),
      ("nga_army", "iswap", "equipment_destroyed", 5, 5, 5)]),
    # interceptions: the launcher's losses; air defences that intercept are not the item;
    # an open question is no claim
    ("ukraine_states", "Ukraine said its air defences intercepted 41 Russian drones and two "
     "missiles overnight.",
     [("ua_state", "ru_state", "equipment_destroyed", 41, 41, 41),
      ("ua_state", "ru_state", "equipment_destroyed", 2, 2, 2)]),
    ("ukraine_states", "Russia said its air defence systems intercepted and destroyed 96 "
     "Ukrainian drones.",
     [("ru_state", "ua_state", "equipment_destroyed", 96, 96, 96)]),
    ("ukraine_states", "Ukraine did not say whether any of the Russian missiles had been "
     "intercepted.", []),
    # "Its spokesman in <place>" refers back to the party that opens the sentence before
    ("ethiopia", "Fano, an Amhara militia that turned on the federal government in 2023, "
     "rejected the figures. Its spokesman in Gondar, Abebe Tesfaye, told Reuters that 11 of its "
     "fighters had died, while government forces had lost more than 200 soldiers.",
     [("fano", "fano", "killed", 11, 11, 11),
      ("fano", "endf", "killed", 201, 201, N)]),
    # a part after two adjuncts of where and when ("across El Fasher on Sunday, among them")
    ("sudan", "Drone strikes killed at least 17 people across El Fasher on Sunday, among them six "
     "women, the Sudan Doctors Network said.",
     [("sd_doctors", "civilians", "killed", 17, 17, N),
      ("sd_doctors", "civilians", "killed", 6, 6, 6)]),
    ("sudan", "Medics said the hospital had received 44 people wounded by shelling since the "
     "weekend, 12 of them children.",
     [("local_sources", "civilians", "wounded", 44, 44, 44),
      ("local_sources", "civilians", "wounded", 12, 12, 12)]),
    # "put out of action" before its count, quoted or not
    ("colombia", 'The ELN said its fighters had "put out of action" 12 soldiers in Arauca.',
     [("eln", "col_army", "killed_or_wounded", 12, 12, 12)]),
    # '"...," the statement read': the statement's author speaks
    ("sudan", 'The Sudanese army said it had beaten back an assault on the city. "Our forces '
     'killed 75 RSF fighters and destroyed four combat vehicles," the statement read.',
     [("saf", "rsf", "killed", 75, 75, 75),
      ("saf", "rsf", "equipment_destroyed", 4, 4, 4)]),
    # review of session 11: a running toll is the clause that says so, not a barrage
    # "since the war began"; a later clause with a toll of its own is background too;
    # trucks near a checkpoint are not the army's; "the rest" is no count; an open
    # question; boats intercepted are stopped; every item of a list counts by the dozen;
    # "an aide" is a new voice
    ("sudan", "The barrage, the largest since the war began, has already killed 14 people in "
     "Omdurman, medics said.",
     [("local_sources", "civilians", "killed", 14, 14, 14)]),
    ("sudan", "At least 150,000 people have been killed in Sudan, where the war has left 12 "
     "million displaced.", []),
    ("sudan", "The war has killed tens of thousands, and on Monday 12 Sudanese soldiers died in "
     "Bara, the Sudanese army said.",
     [("saf", "saf", "killed", 12, 12, 12)]),
    ("sahel", "Gunmen killed 12 villagers and burned 20 motorcycles near a military checkpoint, "
     "residents said.",
     [("local_sources", "civilians", "killed", 12, 12, 12),
      ("local_sources", "civilians", "equipment_destroyed", 20, 20, 20)]),
    ("sudan", "Of the dead, 14 were soldiers and the rest were civilians, medics said.",
     [("local_sources", "saf", "killed", 14, 14, 14)]),
    ("sudan", "It is not known whether a journalist was among the dead, medics said.", []),
    ("colombia", "The Colombian army intercepted three boats carrying cocaine.", []),
    ("colombia", "The ELN said it seized three dozen rifles and two dozen motorcycles.",
     [("eln", "col_army", "equipment_seized", 36, 36, 36),
      ("eln", "col_army", "equipment_seized", 24, 24, 24)]),
    ("sudan", "The RSF attacked El Fasher. An aide said 30 civilians were killed.",
     [(None, "civilians", "killed", 30, 30, 30)]),
    # a name with a particle ("al-Tayeb") is one speaker, whose "Its" is the party before
    ("sudan", "The RSF did not comment on the strike. Its adviser Ibrahim Musa al-Tayeb said "
     "on Telegram that the paramilitaries had captured 37 soldiers, including a major.",
     [("rsf", "saf", "captured", 37, 37, 37),
      ("rsf", "saf", "captured", 1, 1, 1)]),
    # the war's running toll in a clause of its own leaves the event's count standing
    ("sahel", "Fourteen Malian soldiers were killed on Monday in an attack on a post near Gao, "
     "in a war that has killed thousands, the Malian army said.",
     [("fama", "fama", "killed", 14, 14, 14)]),
    # a toll broken down after it was given: "Of the dead, N were X and M were Y"; one
    # person named "among those killed"
    ("sahel", "Of the dead, 11 were Burkinabe army soldiers and six were members of the VDP, "
     "a security source said.",
     [("local_sources", "bf_army", "killed", 11, 11, 11),
      ("local_sources", "vdp", "killed", 6, 6, 6)]),
    ("drc", "Of the dead, 21 were villagers and five were M23 fighters who had come to buy fuel, "
     "residents said.",
     [("local_sources", "civilians", "killed", 21, 21, 21),
      ("local_sources", "m23", "killed", 5, 5, 5)]),
    ("sudan", "Among those killed on Friday was a nurse who had stayed behind at the clinic, "
     "the Sudan Doctors Network said.",
     [("sd_doctors", "civilians", "killed", 1, 1, 1)]),
    ("somalia", "A fisherman who had carried supplies to the base was also among the dead, "
     "medics said.",
     [("local_sources", "civilians", "killed", 1, 1, 1)]),
    ("myanmar", "The junta's battalion commander, a major, was among those captured, the "
     "People's Defence Force said.",
     [("pdf", "tatmadaw", "captured", 1, 1, 1)]),
    # ... but a list after "were" is not its first item alone (no row rather than a wrong one)
    ("somalia", "Among the dead were the group's commander, his deputy and four of his guards, "
     "the Somali army said.", []),
    # one of a toll named with the toll's count again: a part, the count not told twice
    ("pakistan", "Nine soldiers were martyred when terrorists stormed a post in Bannu, the ISPR "
     "said. A lieutenant who commanded the post was among the nine dead, it added.",
     [("pak_army", "pak_army", "killed", 9, 9, 9), ("pak_army", "pak_army", "killed", 1, 1, 1)]),
    # ... a count first told there is still a claim
    ("gaza", "A paramedic was among the 14 dead, the health ministry in Gaza said.",
     [("gaza_moh", "civilians", "killed", 14, 14, 14),
      ("gaza_moh", "civilians", "killed", 1, 1, 1)]),
    # the dead "included" one of them, after the adjective that says how they fell
    ("pakistan", "The ISPR said 11 soldiers were martyred. The martyred soldiers included two "
     "officers.",
     [("pak_army", "pak_army", "killed", 11, 11, 11), ("pak_army", "pak_army", "killed", 2, 2, 2)]),
    # a part named by a word for a gang's leader
    ("nigeria_nw", "The Nigerian military said air strikes killed dozens of bandits, including "
     "a notorious kingpin, in Zamfara.",
     [("nga_army", "bandits", "killed", 24, 24, 99), ("nga_army", "bandits", "killed", 1, 1, 1)]),
    # counted people and one of them "among them" after a comma (not an apposition)
    ("sahel", "Local sources said the gunmen killed eleven villagers, a teacher among them.",
     [("local_sources", "civilians", "killed", 11, 11, 11),
      ("local_sources", "civilians", "killed", 1, 1, 1)]),
    # ... but a list that adds up to the count is the count told again
    ("sudan", "Two local officials said the bodies of two civilians, a shepherd and his "
     "14-year-old son, had been found near the post.",
     [("local_sources", "civilians", "killed", 2, 2, 2)]),
    # session 29: a subset after the speech tag ("17 people, residents said, among them three
    # women") is a part of the count before the speaker
    ("drc", "M23 rebels killed 17 people in Kishishe, residents said, among them three women.",
     [("local_sources", "civilians", "killed", 17, 17, 17),
      ("local_sources", "civilians", "killed", 3, 3, 3)]),
    ("drc", "M23 rebels killed 17 people in Kishishe, residents said, including three women.",
     [("local_sources", "civilians", "killed", 17, 17, 17),
      ("local_sources", "civilians", "killed", 3, 3, 3)]),
    # parts listed before the whole's verb: each is a part ("and 12 VDP members" too)
    ("burkina", "At least 25 people, among them nine soldiers and 12 VDP members, were killed "
     "when jihadists attacked a post near Djibo, security sources said.",
     [("local_sources", "bf_army", "killed", 9, 9, 9),
      ("local_sources", "bf_army+vdp+civilians", "killed", 25, 25, N),
      ("local_sources", "vdp", "killed", 12, 12, 12)]),
    # "elements of the "X-Y-Z coalition"": a quoted complement names whose they were
    ("drc_coalition", "Writing on X, M23 spokesman Lawrence Kanyuka said the movement's "
     "fighters had \"neutralised\" 12 elements of the \"FARDC-FDLR-Wazalendo coalition\" who "
     "attacked its positions near Sake.", [("m23", "fardc+wazalendo+fdlr", "killed", 12, 12, 12)]),
    # a toll split by where its dead came from: "28 from the X and 12 from the Y"
    ("syria", "The Syrian Observatory for Human Rights said 40 fighters were killed: 28 from the "
     "Syrian National Army and 12 from the SDF.",
     [("intl_observers", "sdf", "killed", 12, 12, 12),
      ("intl_observers", "sdf+sna", "killed", 40, 40, 40),
      ("intl_observers", "sna", "killed", 28, 28, 28)]),
    # "the other two" after a list of the dead: the rest of that whole, named
    ("burkina", "At least 27 people were killed on Thursday when jihadists overran the "
     "detachment at Solle, security sources told AFP. One of the sources said the dead "
     "included 19 soldiers and six VDP members; the other two were traders from the market.",
     [("local_sources", "bf_army", "killed", 19, 19, 19),
      ("local_sources", "bf_army+vdp+civilians", "killed", 27, 27, N),
      ("local_sources", "civilians", "killed", 2, 2, 2),
      ("local_sources", "vdp", "killed", 6, 6, 6)]),
    # parts after a colon: "left 26 bodies on the field: nine of them were ..."
    ("mali_allies", "The FLA said the enemy left 26 bodies on the field: nine of them were "
     "Africa Corps fighters and the other 17 were FAMa soldiers.",
     [("fla", "africa_corps", "killed", 9, 9, 9), ("fla", "fama", "killed", 17, 17, 17),
      ("fla", "fama+africa_corps", "killed", 26, 26, 26)]),
    # a whole and its parts in a long apposition before the verb (the whole is the forces
    # its parts name)
    ("sahel", "BAMAKO - At least 27 members of the security forces, 16 of them soldiers and the "
     "other 11 auxiliaries of the Volunteers for the Defence of the Homeland (VDP), were killed "
     "on Friday in an ambush near Boni, security sources said.",
     [("local_sources", "fama", "killed", 16, 16, 16),
      ("local_sources", "fama+vdp", "killed", 27, 27, N),
      ("local_sources", "vdp", "killed", 11, 11, 11)]),
    # what all the people counted were, said after them
    ("gaza", "The Israeli army said its troops had killed 12 Hamas fighters in the area. A "
     "doctor at the hospital said it had received 11 dead and more than 30 wounded, all of "
     "them civilians.",
     [("idf", "hamas", "killed", 12, 12, 12),
      ("local_sources", "civilians", "killed", 11, 11, 11),
      ("local_sources", "civilians", "wounded", 31, 31, N)]),
    # a part of a part, past "were in hospital"
    ("ukraine", "The regional governor said 19 people were wounded in the strike on Kharkiv. "
     "Eleven of the wounded were in hospital, two of them in critical condition, he added.",
     [("ua_officials", "civilians", "wounded", 11, 11, 11),
      ("ua_officials", "civilians", "wounded", 19, 19, 19),
      ("ua_officials", "civilians", "wounded", 2, 2, 2)]),
    # fighters a clash "on Sunday between" two parties killed: both parties'
    ("syria", "Clashes on Sunday between the Syrian Democratic Forces and Turkish-backed factions "
     "near the dam killed 46 fighters, the Syrian Observatory for Human Rights said.",
     [("intl_observers", "sdf+sna", "killed", 46, 46, 46)]),
    # a plural apposition between the count and its fate ("four civilians, herders watering
    # their animals, were killed")
    ("sahel", "A community leader in Tinzaouaten said by telephone that four civilians, herders "
     "watering their animals, were killed when a drone struck near a well on Monday.",
     [("local_sources", "civilians", "killed", 4, 4, 4)]),
    # a part after the whole's when-clause ("killed when bombs fell on ..., three of them")
    ("drc", "Civil society leaders in Masisi said at least nine civilians had been killed when "
     "bombs fell on the Luhonga market, three of them women.",
     [("local_sources", "civilians", "killed", 3, 3, 3),
      ("local_sources", "civilians", "killed", 9, 9, N)]),
    # the rest of a count named after the part's own fate ("only three of its men had died and
    # the other 10 were villagers"), and a whole of the security forces its parts name
    ("pakistan", "The TTP disputed the army's account, saying only three of its men had died and "
     "that the other 10 were villagers.",
     [("ttp", "civilians", "killed", 10, 10, 10), ("ttp", "ttp", "killed", 3, 3, 3)]),
    ("burkina", "At least 31 members of the security forces, 18 of them soldiers and the other 13 "
     "members of the VDP, were killed on Saturday, security sources said.",
     [("local_sources", "bf_army", "killed", 18, 18, 18),
      ("local_sources", "bf_army+vdp", "killed", 31, 31, N),
      ("local_sources", "vdp", "killed", 13, 13, 13)]),
    # "a mother and her baby" are two
    ("burkina", "Residents said a drone strike had hit a minibus near the market, killing 11 "
     "passengers, among them a mother and her baby.",
     [("local_sources", "civilians", "killed", 2, 2, 2),
      ("local_sources", "civilians", "killed", 11, 11, 11)]),
    # a count whose apposition closes a quotation before its verb
    ("drc", "The UN said in a statement that \"at least 40 civilians, including women and "
     "children\" had been killed.", [("intl_observers", "civilians", "killed", 40, 40, N)]),
]


@pytest.mark.parametrize(("war", "text", "expected"), CASES, ids=[c[1][:40] for c in CASES])
def test_structure(war, text, expected, tmp_path):
    assert rows_in(text, war, tmp_path) == sorted(expected, key=str)
