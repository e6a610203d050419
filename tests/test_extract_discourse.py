"""Who a phrase means, read from the article around it: a toll whose named part is of the
other kind (armed or not) counts both kinds; a group described rather than named ("the al
Qaeda-linked group") is the one such group named; "its coordinator" speaks for the source
named before; a trader "in the town" is a local voice; men a drone killed, in a governor's
words, are civilians; gear listed after another object. Each a sentence in our own words
under a table of the war's parties, with guards for what the rules must not read."""

from __future__ import annotations

import pytest
from war_tables import N, rows_in

CASES = [
    # fighters a toll of clashes between two parties lumps are both parties' fighters
    ("syria", "Clashes between the SDF and Turkish-backed factions near the Tishrin dam "
     "killed 23 fighters on Monday, residents said.",
     [("local_sources", "sdf+sna", "killed", 23, 23, 23)]),
    # ... whatever sides the table gives them: a clash "between" two parties says they fought
    ("syria_factions", "Clashes between the Syrian Democratic Forces and Turkish-backed "
     "factions near Manbij killed 41 fighters in two days, residents said.",
     [("local_sources", "sdf+sna", "killed", 41, 41, 41)]),
    ("yemen", "Yemeni government forces said they had repelled an attack near Marib. Houthi "
     "fighters stormed government positions overnight, and at least 16 combatants from both "
     "sides were killed, medics said.",
     [("local_sources", "yemen_gov+houthis", "killed", 16, 16, N)]),
    ("yemen", "Yemeni government forces said they had repelled a Houthi assault near Marib. "
     "At least nine fighters on both sides died in the clashes, medics said.",
     [("local_sources", "yemen_gov+houthis", "killed", 9, 9, N)]),
    # ... not fighters a toll of a clash with one party leaves unnamed
    ("syria", "Clashes near the Tishrin dam killed 23 fighters on Monday, residents said.",
     [("local_sources", N, "killed", 23, 23, 23)]),
    # ... and not both sides of a road ("on both sides of the road": people, as written)
    ("yemen", "Houthi fighters attacked Marib overnight. Gunmen on both sides of the road "
     "killed nine fighters, medics said.",
     [("local_sources", N, "killed", 9, 9, 9)]),
    # "allied fighters": the one ally of the others the article names
    ("burkina", "Burkinabe army units and VDP volunteers held the post at Djibo. JNIM said its "
     "fighters had killed 30 soldiers and allied fighters there.",
     [("jnim", "bf_army+vdp", "killed", 30, 30, 30)]),
    # "his men" after a party's commander counted just before: the commander's men
    ("sahel", "The Malian army said an air strike near Macina had killed a JNIM commander and "
     "eight of his men.",
     [("fama", "jnim", "killed", 1, 1, 1), ("fama", "jnim", "killed", 8, 8, 8)]),
    # "their fighters" of the militants who left them: the militants' own dead
    ("somalia", "Al Shabaab fighters stormed the base. A Somali army officer said the militants "
     "had left the bodies of 19 of their fighters on the battlefield.",
     [("sna", "shabaab", "killed", 19, 19, 19)]),
    # ... but not gear the speaker's troops took in a later clause
    ("sahel", "JNIM fighters attacked the base at Boni. The Malian army said the attackers had "
     "left behind the bodies of seven terrorists and that troops had recovered five weapons.",
     [("fama", "jnim", "equipment_seized", 5, 5, 5), ("fama", "jnim", "killed", 7, 7, 7)]),
    # a rising toll updates the last smaller count of the story, not a party's boast between
    ("myanmar", "The junta said its forces had killed more than 100 PDF fighters. A villager "
     "said 14 people died when a bomb hit the church. By Sunday evening the toll had risen to "
     "17, residents said.",
     [("tatmadaw", "pdf", "killed", 101, 101, N),
      ("local_sources", "civilians", "killed", 14, 14, 14),
      ("local_sources", "civilians", "killed", 17, 17, 17)]),
    # review of session 18: a clash "between" two names needs both; no ally from elsewhere
    ("drc", "Fighting between M23 rebels and Wazalendo militiamen near Masisi killed 25 "
     "fighters, residents said. The Congolese army did not comment.",
     [("local_sources", N, "killed", 25, 25, 25)]),
    ("gaza", "Clashes between Hamas and a local clan in Rafah killed 8 fighters, days after the "
     "Israeli military withdrew from the area, residents said.",
     [("local_sources", N, "killed", 8, 8, 8)]),
    ("sahel", "Ten Malian soldiers and allied fighters were killed near the border, where the "
     "Burkinabe army has also come under attack, FAMa said.",
     [("fama", "fama", "killed", 10, 10, 10)]),
    # ... "his" captives and relatives are not the commander's fighters
    ("sahel", "The strike killed a JNIM commander and four of his captives, residents said.",
     [("local_sources", "jnim", "killed", 1, 1, 1), ("local_sources", N, "killed", 4, 4, 4)]),
    # soldiers an army's strikes kill are not its own
    ("ukraine", "Russian forces shelled Ukrainian positions on Sunday. The Russian strikes killed "
     "three soldiers near Kupiansk, the regional governor said.",
     [("ua_officials", "ua_army", "killed", 3, 3, 3)]),
    # ... but "its troops" are the speaker's, and soldiers who mutinied were the army's own
    ("sudan", "The RSF said its troops killed 40 soldiers in an assault on El Fasher.",
     [("rsf", "saf", "killed", 40, 40, 40)]),
    ("sudan", "Sudanese army troops killed 12 soldiers who had mutinied at a base in Kassala, "
     "officials said.",
     [("saf", "saf", "killed", 12, 12, 12)]),
    # an anonymous voice from inside the forces: its "our men" are the army's
    ("nigeria", "ISWAP fighters overran a Nigerian army base in Borno on Sunday. \"We lost nine "
     "of our men and 14 others were injured,\" a military source told AFP.",
     [("local_sources", "nga_army", "killed", 9, 9, 9),
      ("local_sources", "nga_army", "wounded", 14, 14, 14)]),
    # ... not a resident's
    ("nigeria", "ISWAP fighters overran a Nigerian army base in Borno on Sunday. \"We lost nine "
     "of our men,\" a resident told AFP.",
     [("local_sources", N, "killed", 9, 9, 9)]),
    # a toll of people with fighters among them counts both
    ("drc", "Nine people were killed in the attack on Beni, among them two FARDC soldiers, "
     "residents said.",
     [("local_sources", "fardc+civilians", "killed", 9, 9, 9),
      ("local_sources", "fardc", "killed", 2, 2, 2)]),
    ("nigeria", "The Nigerian army said 19 soldiers were killed in the ambush, including a "
     "civilian guide.",
     [("nga_army", "nga_army+civilians", "killed", 19, 19, 19),
      ("nga_army", "civilians", "killed", 1, 1, 1)]),
    # ... but a fighter's part of the other kind must say it is civilian (women serve too),
    # and unread fighters are not the civilians among them
    ("gaza", "The IDF said four soldiers were killed, including a woman.",
     [("idf", "idf", "killed", 4, 4, 4), ("idf", "civilians", "killed", 1, 1, 1)]),
    ("nigeria", "The army said it killed 50 terrorists, including two women.",
     [("nga_army", None, "killed", 50, 50, 50), ("nga_army", "civilians", "killed", 2, 2, 2)]),
    # ... and a part of the same kind leaves the whole as it was
    ("drc", "Twelve people were killed in the attack on Beni, including five children, "
     "residents said.",
     [("local_sources", "civilians", "killed", 12, 12, 12),
      ("local_sources", "civilians", "killed", 5, 5, 5)]),
    # a group described by its creed or its patron: the armed group named last
    ("somalia", "Al Shabaab fighters stormed the base at dawn. In a statement on its radio, "
     "the al Qaeda-linked group said its fighters had killed 47 soldiers.",
     [("shabaab", "sna", "killed", 47, 47, 47)]),
    # ... not a force on the state's side named after it
    ("somalia", "Al Shabaab fighters attacked a town held by the African Union mission in "
     "Somalia. The Islamist group said two of its fighters had been killed.",
     [("shabaab", "shabaab", "killed", 2, 2, 2)]),
    # ... of the creed the table gives it, when only one is named ("JNIM", not the FLA)
    ("sahel", "JNIM fighters clashed with FLA separatists near Kidal. The al Qaeda-linked "
     "group said it killed 15 of the separatists.",
     [("jnim", "fla", "killed", 15, 15, 15)]),
    # ... and no group at all when none is named
    ("somalia", "Somali army troops repelled an attack at dawn. The Islamist group said its "
     "fighters had killed 30 soldiers.",
     [(None, "sna", "killed", 30, 30, 30)]),
    # an office of the source named before speaks for it
    ("drc", "Fighting resumed at dawn around Masisi, according to the UN. Its coordinator for "
     "the area said volunteers had recovered 16 bodies.",
     [("intl_observers", "civilians", "killed", 16, 16, 16)]),
    # a closing ", X told Reuters." names the speaker, however the parse hangs it ...
    ("sudan", "By evening the death toll had climbed to 27, a doctor at the hospital told "
     "Reuters.",
     [("local_sources", "civilians", "killed", 27, 27, 27)]),
    # ... but a clause of its own speaks only for what it says
    ("sudan", "By evening the death toll in Bara had climbed to 27, and a doctor at the "
     "hospital said more bodies were expected.", []),
    # a speaker is one stretch of words, whatever the parse hangs from it further on
    ("ukraine", "Ukraine's general staff said in its daily report that Russian forces had lost "
     "1,130 troops, nine tanks and 38 artillery systems over the past day.",
     [("ua_army", "ru_army", "killed_or_wounded", 1130, 1130, 1130),
      ("ua_army", "ru_army", "equipment_destroyed", 9, 9, 9),
      ("ua_army", "ru_army", "equipment_destroyed", 38, 38, 38)]),
    # people outside the fighting speak as local sources, wherever they were
    ("sudan", "An aid worker in the camp said 12 people were killed in the shelling.",
     [("local_sources", "civilians", "killed", 12, 12, 12)]),
    ("sudan", "A village chief said gunmen killed 9 herders.",
     [("local_sources", "civilians", "killed", 9, 9, 9)]),
    ("sudan", "A trader in the town said he counted 14 bodies.",
     [("local_sources", "civilians", "killed", 14, 14, 14)]),
    # men a strike from afar killed, in a governor's words, are civilians ...
    ("ukraine", "In the Kharkiv region, the regional governor said a Russian drone had struck "
     "a car, killing a man.",
     [("ua_officials", "civilians", "killed", 1, 1, 1)]),
    ("ukraine", "The regional governor said a strike on the village had killed a 67-year-old "
     "man and his wife.",
     [("ua_officials", "civilians", "killed", 2, 2, 2)]),
    # ... but an army's "men" and "armed men" stay unnamed
    ("ukraine", "Ukraine's armed forces said a Russian drone strike killed two men.",
     [("ua_army", None, "killed", 2, 2, 2)]),
    ("ukraine", "The Ukrainian army said its drones killed five armed men.",
     [("ua_army", None, "killed", 5, 5, 5)]),
    # ... nor an army's "men", nor men a separate clause says troops killed
    ("gaza", "The IDF said an air strike in Khan Younis killed two men.",
     [("idf", None, "killed", 2, 2, 2)]),
    ("ukraine", "The regional governor said a Russian strike killed two men repairing a power "
     "line, and troops killed five men in a sabotage group.",
     [("ua_officials", None, "killed", 2, 2, 2), ("ua_officials", None, "killed", 5, 5, 5)]),
    # a state's civil office counts its region's dead, even when the table names it by the
    # state: a region's "military administration" is a civil office ...
    ("ukraine_camps", "Russian missiles hit Odesa at dawn. \"So far, 9 dead and 31 wounded, "
     "four of them children,\" Oksana Melnyk, the head of the Odesa regional military "
     "administration, wrote on Telegram.",
     [("ukraine", "civilians", "killed", 9, 9, 9), ("ukraine", "civilians", "wounded", 4, 4, 4),
      ("ukraine", "civilians", "wounded", 31, 31, 31)]),
    # ... not a unit's commander, whose bare count may be his own men, nor a military
    # hospital's doctors, whose dead may be soldiers
    ("ukraine_camps", "Russian missiles hit a training ground near Dnipro. \"So far, 6 dead and "
     "22 wounded,\" the military hospital in Dnipro said.",
     [("local_sources", "civilians", "wounded", 22, 22, 22)]),
    ("ukraine_camps", "Russian forces stormed positions near Pokrovsk. \"So far, 40 dead and 60 "
     "wounded,\" the commander of the Ukrainian army's 47th brigade wrote on Telegram.", []),
    # people "seized" are taken captive ...
    ("sahel", "Gunmen raided the island at night. A fisherman said the fighters had seized four "
     "fishermen as they withdrew.",
     [("local_sources", "civilians", "captured", 4, 4, 4)]),
    ("sahel", "JNIM said its fighters seized 12 Malian soldiers during the raid.",
     [("jnim", "fama", "captured", 12, 12, 12)]),
    ("ukraine", "Russia's defence ministry said its forces seized the village of Andriivka and "
     "seized 3 Ukrainian servicemen.",
     [("ru_army", "ua_army", "captured", 3, 3, 3)]),
    # ... gear seized is gear, named, quoted or a soldier's
    ("ukraine", "Russia's defence ministry said troops seized 4 Ukrainian soldiers' rifles and "
     "radios.",
     [("ru_army", "ua_army", "equipment_seized", 4, 4, 4)]),
    ("sahel", "The Malian army said troops had seized some 40 firearms and two \"technicals\" "
     "from JNIM.",
     [("fama", "jnim", "equipment_seized", 2, 2, 2),
      ("fama", "jnim", "equipment_seized", 40, 40, 40)]),
    # a count described in apposition before its outcome ("..., the army's auxiliaries, were")
    ("burkina", "JNIM attacked the post at Djibo. Eleven members of the VDP, the army's civilian "
     "auxiliaries, were also among the dead, a security source said.",
     [("local_sources", "vdp", "killed", 11, 11, 11)]),
    ("burkina", "Four soldiers, the army said, were killed in the ambush near Djibo.",
     [("bf_army", "bf_army", "killed", 4, 4, 4)]),
    # a rising toll updates the people who "lost their lives" before
    ("myanmar", "A junta air strike hit a monastery in Sagaing. \"Eleven people lost their "
     "lives,\" a villager said. The People's Defence Force said in a statement that the toll "
     "had risen to 15 by Monday evening.",
     [("local_sources", "civilians", "killed", 11, 11, 11),
      ("pdf", "civilians", "killed", 15, 15, 15)]),
    # a toll split by place, its people and outcome left out: each place's count a part
    ("drc", "At least nine civilians were killed on Monday in two villages of Rutshuru after "
     "clashes between M23 rebels and Wazalendo militiamen, five in Kabizo and four more in "
     "Bukombo, civil society leaders said.",
     [("local_sources", "civilians", "killed", 4, 4, 4),
      ("local_sources", "civilians", "killed", 5, 5, 5),
      ("local_sources", "civilians", "killed", 9, 9, N)]),
    # ... not hours of the day
    ("drc", "Gunmen killed 14 people in Kabizo between 5 and 7 in the morning, residents said.",
     [("local_sources", "civilians", "killed", 14, 14, 14)]),
    # ... or by the party each part belonged to
    ("syria", "Fighting near Manbij raged for a third day. The Syrian Observatory for Human "
     "Rights said 84 of the dead belonged to the Syrian National Army and 19 to the SDF.",
     [("intl_observers", "sdf", "killed", 19, 19, 19),
      ("intl_observers", "sna", "killed", 84, 84, 84)]),
    # a part of an unnamed whole named by its role: soldiers in training are the army's ...
    ("burkina", "The attacks on a gendarmerie school in Ouagadougou killed at least 64 people, "
     "51 of them student gendarmes, a security source said.",
     [("local_sources", "bf_army", "killed", 51, 51, 51),
      ("local_sources", "bf_army+civilians", "killed", 64, 64, N)]),
    # ... and so are soldiers among "wounded people" a hospital received
    ("burkina", "A health worker at the hospital in Djibo said it had received 46 wounded "
     "people since Wednesday, including nine soldiers.",
     [("local_sources", "bf_army", "wounded", 9, 9, 9),
      ("local_sources", "bf_army+civilians", "wounded", 46, 46, 46)]),
    # ... and among the wounded "brought in", "N of them" soldiers
    ("drc", "A doctor in Bunia said 21 wounded people had been brought in, eight of them "
     "soldiers.",
     [("local_sources", "fardc", "wounded", 8, 8, 8),
      ("local_sources", "fardc+civilians", "wounded", 21, 21, 21)]),
    # a part listed after "N of them <people>" is a part of the same whole
    ("drc", "A nurse in Beni said 27 people had been wounded, 12 of them soldiers and 15 "
     "civilians.",
     [("local_sources", "civilians", "wounded", 15, 15, 15),
      ("local_sources", "fardc", "wounded", 12, 12, 12),
      ("local_sources", "fardc+civilians", "wounded", 27, 27, 27)]),
    # "one of them a civilian driver" is one count, of the dead: the army's toll counts a
    # civilian, and the wounded after it are the army's, not the driver's
    ("drc", "M23 fighters attacked an army patrol near Beni on Sunday. The provisional toll "
     "stands at 16 dead, one of them a civilian driver, and 9 wounded, two of them "
     "seriously, the army said.",
     [("fardc", "civilians", "killed", 1, 1, 1), ("fardc", "fardc", "wounded", 2, 2, 2),
      ("fardc", "fardc", "wounded", 9, 9, 9), ("fardc", "fardc+civilians", "killed", 16, 16, 16)]),
    # ... and so is "a civilian guide" (a person said to be a civilian, not an auxiliary)
    ("drc", "M23 fighters attacked an army patrol near Rutshuru on Sunday. The provisional toll "
     "stands at 19 dead, one of them a civilian guide, the army said.",
     [("fardc", "civilians", "killed", 1, 1, 1),
      ("fardc", "fardc+civilians", "killed", 19, 19, 19)]),
    # an armed voice's "we have" the wounded: its own side's ...
    ("burkina", "JNIM fighters attacked the army post at Djibo on Sunday. \"We also have about "
     "25 wounded, who were flown to Kaya,\" a security source told AFP.",
     [("local_sources", "bf_army", "wounded", 25, 25, 25)]),
    # ... not a nurse's, nor the bodies an officer counted
    ("burkina", "JNIM fighters attacked the village of Djibo on Sunday. \"We also have about 25 "
     "wounded, who were taken to Kaya,\" a nurse told AFP.",
     [("local_sources", "civilians", "wounded", 25, 25, 25)]),
    # "The dead included ...": parts of the toll the sentence before gave, in its voice
    ("syria", "A UN official said 230 people had been killed in the fighting. The dead "
     "included 120 members of the Syrian Democratic Forces and 19 civilians.",
     [("intl_observers", "civilians", "killed", 19, 19, 19),
      ("intl_observers", "sdf", "killed", 120, 120, 120),
      ("intl_observers", "sdf+civilians", "killed", 230, 230, 230)]),
    ("myanmar", "Residents said the junta's air strike on Sunday killed 37 people. The victims "
     "included 30 villagers and seven PDF fighters.",
     [("local_sources", "civilians", "killed", 30, 30, 30),
      ("local_sources", "pdf", "killed", 7, 7, 7),
      ("local_sources", "pdf+civilians", "killed", 37, 37, 37)]),
    # ... and a toll its parts add up to is those parts, not people besides them
    ("burkina", "Local sources said 60 people were killed in Djibo. The victims included 35 "
     "soldiers and 25 VDP.",
     [("local_sources", "bf_army", "killed", 35, 35, 35),
      ("local_sources", "bf_army+vdp", "killed", 60, 60, 60),
      ("local_sources", "vdp", "killed", 25, 25, 25)]),
    ("syria", "A UN official said 230 people had been killed in the fighting. Its toll also "
     "included 120 members of the Syrian Democratic Forces and 19 civilians.",
     [("intl_observers", "civilians", "killed", 19, 19, 19),
      ("intl_observers", "sdf", "killed", 120, 120, 120),
      ("intl_observers", "sdf+civilians", "killed", 230, 230, 230)]),
    # a doctor's count of bodies is of people outside the fighting, not the soldiers a party
    # claimed before ...
    ("sudan", "The RSF said its fighters had killed 40 soldiers of the army near Bara. A doctor "
     "at the town's hospital said it had received 19 bodies.",
     [("local_sources", "civilians", "killed", 19, 19, 19), ("rsf", "saf", "killed", 40, 40, 40)]),
    # ... nor when the same voice counted them before, when the army counted its own dead,
    # or when a source outside the fighting did (not an enemy's boast)
    ("sahel", "Residents said JNIM fighters killed 12 FAMa soldiers near Boni. Residents later "
     "said 15 bodies had been buried.",
     [("local_sources", "fama", "killed", 12, 12, 12),
      ("local_sources", "fama", "killed", 15, 15, 15)]),
    ("ukraine", "Russian forces struck a Ukrainian army training ground, killing 12 soldiers, "
     "the Ukrainian army said. A local doctor said the toll was 15.",
     [("local_sources", "ua_army", "killed", 15, 15, 15),
      ("ua_army", "ua_army", "killed", 12, 12, 12)]),
    ("sahel", "JNIM fighters ambushed a FAMa convoy near Diafarabe, killing at least 20 "
     "soldiers, a security source said. A resident said 25 bodies were buried in the village.",
     [("local_sources", "fama", "killed", 20, 20, N),
      ("local_sources", "fama", "killed", 25, 25, 25)]),
    # ... but an officer's toll is of the soldiers counted before
    ("nigeria", "ISWAP fighters attacked a base in Borno on Sunday, killing nine soldiers, an "
     "officer said. A second officer put the toll at 11 dead.",
     [("nga_army", "nga_army", "killed", 11, 11, 11), ("nga_army", "nga_army", "killed", 9, 9, 9)]),
    # a toll put at a number of people named after it is theirs
    ("haiti", "Gang members attacked a police station in Mirebalais on Sunday. A UN official put "
     "the toll at 11 policemen and said four of the attackers also died.",
     [("intl_observers", "haiti_police", "killed", 11, 11, 11),
      ("intl_observers", N, "killed", 4, 4, 4)]),
    # an army voice's bare toll after another party "attacked the post" is the army's own ...
    ("burkina", "JNIM fighters attacked the army post at Djibo on Sunday. An officer at the post "
     "said the toll was 11 dead.",
     [("bf_army", "bf_army", "killed", 11, 11, 11)]),
    # ... not the attackers' own telling, nor an ally's raid on the enemy's camp
    ("burkina", "VDP volunteers raided a jihadist base near Arbinda. The provisional toll is 20 "
     "dead, the army said.", []),
    ("burkina", "JNIM fighters attacked the army post at Djibo on Sunday. JNIM said the toll "
     "was 11 dead.", []),
    # "14 more bodies" found are more of the dead ...
    ("drc", "ADF rebels attacked the village. \"We buried 38 people yesterday, and 14 more bodies "
     "were found in the bush this morning,\" said a civil society leader.",
     [("local_sources", "civilians", "killed", 14, 14, 14),
      ("local_sources", "civilians", "killed", 38, 38, 38)]),
    # ... but the bodies that raised a toll are part of it, no claim of their own
    ("ukraine", "Russian missiles hit Kharkiv. Seven people were killed, the regional governor "
     "said. By evening the toll had risen to 10, he said, after three more bodies were pulled "
     "from the rubble.",
     [("ua_officials", "civilians", "killed", 10, 10, 10),
      ("ua_officials", "civilians", "killed", 7, 7, 7)]),
    # vehicles "left burning" were destroyed
    ("somalia", "Al Shabaab fighters overran the base. A resident said two Somali army trucks had "
     "been left burning near the gate.",
     [("local_sources", "sna", "equipment_destroyed", 2, 2, 2)]),
    # a soldier's "colleagues" are not civilians
    ("somalia", "A soldier said 12 colleagues were killed in the attack.",
     [("sna", None, "killed", 12, 12, 12)]),
    # an owner named by the table's own name, brackets and all, is one party
    ("ukraine_bracketed", "Russia's defence ministry said air defences had intercepted 40 "
     "Ukrainian drones overnight.",
     [("russia", "ukraine", "equipment_destroyed", 40, 40, 40)]),
    ("ukraine_bracketed", "Ukraine's military said it destroyed a Russian Buk air defence "
     "system.",
     [("ukraine", "russia", "equipment_destroyed", 1, 1, 1)]),
    # a police vehicle is the police's, whoever saw it burn; gear carted away
    ("haiti", "Gang members attacked Kenscoff before dawn, setting fire to a police armoured "
     "vehicle and dozens of homes, residents said.",
     [("local_sources", "haiti_police", "equipment_destroyed", 1, 1, 1)]),
    ("nigeria", "ISWAP militants stormed a military base in Borno before dawn, killing nine "
     "soldiers and carting away two gun trucks, sources said.",
     [("local_sources", "nga_army", "killed", 9, 9, 9),
      ("local_sources", "nga_army", "equipment_seized", 2, 2, 2)]),
    # a count split by place goes on after its first part
    ("ukraine_bracketed", "Russia's defence ministry said its air defence units had "
     "intercepted 117 Ukrainian drones overnight, 43 of them over the Bryansk region and 21 "
     "over Belgorod.",
     [("russia", "ukraine", "equipment_destroyed", 117, 117, 117),
      ("russia", "ukraine", "equipment_destroyed", 43, 43, 43),
      ("russia", "ukraine", "equipment_destroyed", 21, 21, 21)]),
    # gear listed after another object, counted within a bulk, or with its verb elided
    ("somalia", "Al Shabaab said its fighters set fire to the barracks and four armoured "
     "vehicles.",
     [("shabaab", "sna", "equipment_destroyed", 4, 4, 4)]),
    ("somalia", "Al Shabaab said its fighters seized a large quantity of arms, including four "
     "vehicles.",
     [("shabaab", "sna", "equipment_seized", 4, 4, 4),
      ("shabaab", "sna", "equipment_seized", None, None, None)]),
    ("somalia", "The Somali army said 17 combat vehicles had been destroyed and nine seized "
     "intact.",
     [("sna", "shabaab", "equipment_destroyed", 17, 17, 17),
      ("sna", "shabaab", "equipment_seized", 9, 9, 9)]),
    # ... but not gear that others took ("nine captured by the militants" were the army's)
    ("somalia", "The Somali army said 17 combat vehicles had been destroyed and nine captured "
     "by the militants.",
     [("sna", "shabaab", "equipment_destroyed", 17, 17, 17)]),
    # "soldiers and militiamen": the army and the one militia of its side the table lists
    ("nigeria", "ISWAP said in a statement that its fighters had killed more than 40 Nigerian "
     "soldiers and militiamen near Dikwa.",
     [("iswap", "nga_army+cjtf", "killed", 41, 41, N)]),
    # ... and the army alone when the table lists no militia
    ("sudan", "The RSF said its fighters had killed 30 Sudanese soldiers and militiamen in "
     "El Fasher.",
     [("rsf", "saf", "killed", 30, 30, 30)]),
    # a toll given by party: each party's dead, not the people of the sentence before
    ("sahel", "Gunmen stormed a village near Douentza on Sunday. The toll stands at 19 Malian "
     "soldiers and eight civilians, among them two children, residents said.",
     [("local_sources", "fama", "killed", 19, 19, 19),
      ("local_sources", "civilians", "killed", 8, 8, 8),
      ("local_sources", "civilians", "killed", 2, 2, 2)]),
    # people killed, "most of them" of a fighting party: that party and civilians together
    ("sahel", "At least 27 people were killed in the raid near Douentza, most of them Malian "
     "soldiers, residents said.",
     [("local_sources", "fama+civilians", "killed", 27, 27, N)]),
    # ... but most of them women and children are civilians still
    ("sahel", "At least 27 people were killed in the raid near Douentza, most of them women "
     "and children, residents said.",
     [("local_sources", "civilians", "killed", 27, 27, N)]),
    # the security forces of the country an article is set in, before any army is named,
    # not a foreign army named later
    ("syria_south", "Clashes in Syria's Sweida province have killed 30 people since Sunday, "
     "the UN said. It said the dead included 12 members of the security forces and nine Druze "
     "fighters. Israel said its jets had struck tanks near the city.",
     # (the dead it said included fighters of both sides: the 30 are not all civilians)
     [("intl_observers", "syria_gov+druze+civilians", "killed", 30, 30, 30),
      ("intl_observers", "syria_gov", "killed", 12, 12, 12),
      ("intl_observers", "druze", "killed", 9, 9, 9)]),
    # a regional official's state is where he was introduced, not a border named later
    ("ukraine_troops", "Russian drones killed three people in Ukraine's Kharkiv region "
     "overnight, regional governor Oleh Hnatenko said. Two of them died when a drone hit a bus "
     "stop near the Russian border, he said.",
     [("ua_forces", "civilians", "killed", 3, 3, 3),
      ("ua_forces", "civilians", "killed", 2, 2, 2)]),
    # a headline's "governor says" is the governor the story names first, whom the table
    # does not list, not another region's governor it does list (a guard: the dev sets hold
    # the headline this reading mends)
    ("ukraine_troops", "Russian bombs kill five in Kharkiv, governor says\n\nKYIV (Reuters) - "
     "Russian guided bombs killed five people in Ukraine's Kharkiv region on Tuesday, regional "
     "governor Oleh Hnatenko said. The Belgorod governor said a Ukrainian drone had killed a "
     "driver near Shebekino.",
     [("ua_forces", "civilians", "killed", 5, 5, 5),
      ("ua_forces", "civilians", "killed", 5, 5, 5),
      ("russia", "civilians", "killed", 1, 1, 1)]),
    # "his men" in the words of a party's man are that party's
    ("sahel", "A VDP coordinator in Djibo, who asked not to be named for fear of reprisals, put "
     "the number of volunteers killed at 23 and said several of his men were still missing.",
     [("vdp", "vdp", "killed", 23, 23, 23), ("vdp", "vdp", "missing", 3, 3, 9)]),
    # "our boys" in a fighter's words are fighters ...
    ("nigeria", '"We buried six of our boys this morning," said Musa Bello, a commander of the '
     "CJTF in Dikwa.",
     [("cjtf", "cjtf", "killed", 6, 6, 6)]),
    # ... boys with no "our" are children
    ("nigeria", "Six boys were killed when the shell hit their school, a CJTF commander said.",
     [("cjtf", "civilians", "killed", 6, 6, 6)]),
    # guards from the review: with two states' armies on one side, "militiamen" are no one's
    ("sahel", "JNIM said it killed 20 Malian soldiers and militiamen near Segou.",
     [("jnim", "fama", "killed", 20, 20, 20)]),
    # ... a toll by party counts the dead only, not the wounded or an injury toll ...
    ("sahel", "The toll stands at 40 civilians wounded and 12 killed, residents said.",
     [("local_sources", "civilians", "wounded", 40, 40, 40),
      ("local_sources", "civilians", "killed", 12, 12, 12)]),
    ("sudan", "The injury toll climbed to 70 civilians after the drone strike, a medical group "
     "said.", []),
    # ... "most of them" must name the party itself, not what hit them ...
    ("sudan", "At least 40 people were killed in El Fasher, most of them in RSF shelling, the "
     "Sudan Doctors Network said.",
     [("sd_doctors", "civilians", "killed", 40, 40, N)]),
    # ... the country an article is set in is a place, not an attacker's adjective ...
    ("lebanon", "An Israeli drone strike in southern Lebanon killed two members of the security "
     "forces, the health ministry said.",
     [("lb_moh", "laf", "killed", 2, 2, 2)]),
    # ... a faction's name with a demonym ("Syrian National Army") is no state's forces ...
    ("syria", "The SDF said it killed 12 Syrian government troops near Deir Hafer.",
     [("sdf", N, "killed", 12, 12, 12)]),
    # ... and a bare title said twice keeps each sentence's own region
    ("ukraine_troops", "Ukrainian drones killed two people in Russia's Kursk region, the governor "
     "said. Russian drones killed five in Ukraine's Sumy region, the governor said.",
     [("russia", "civilians", "killed", 2, 2, 2),
      ("ua_forces", "civilians", "killed", 5, 5, 5)]),
    # a speaker who opens the sentence before "he said", with a name in a lowercase particle
    ("sudan", "The RSF said it had killed 40 soldiers near Bara. Army spokesman Brigadier "
     "General Nabil al-Amin dismissed that account. Three soldiers were killed, he said.",
     [("rsf", "saf", "killed", 40, 40, 40), ("saf", "saf", "killed", 3, 3, 3)]),
    # "volunteers" beside soldiers: the army and the militia of its side
    ("burkina", "The Burkinabe army said 32 soldiers and volunteers were wounded in the attack "
     "on Djibo.",
     [("bf_army", "bf_army+vdp", "wounded", 32, 32, 32)]),
    # a part named as members of a party, in the same sentence or opening the next
    ("burkina", "JNIM said it had killed 40 people near Djibo, 12 of them members of the VDP.",
     [("jnim", "vdp", "killed", 12, 12, 12), ("jnim", "vdp+civilians", "killed", 40, 40, 40)]),
    ("burkina", "The Burkinabe army said 27 soldiers and volunteers were killed in Djibo. Nine "
     "of the dead were members of the VDP, the statement said.",
     [("bf_army", "bf_army+vdp", "killed", 27, 27, 27), ("bf_army", "vdp", "killed", 9, 9, 9)]),
    # a quotation its speaker closes speaks for every clause in it, across a semicolon ...
    ("nigeria", '"On our side, three soldiers fell; on the enemy side, 20 ISWAP fighters were '
     'neutralised," the Nigerian Army said.',
     [("nga_army", "nga_army", "killed", 3, 3, 3), ("nga_army", "iswap", "killed", 20, 20, 20)]),
    # ... while outside quotation marks a speaker after a semicolon speaks for its own clause
    ("nigeria", "Three soldiers were killed; on the enemy side, 20 ISWAP fighters were "
     "neutralised, the Nigerian Army said.",
     [("outlet", "nga_army", "killed", 3, 3, 3), ("nga_army", "iswap", "killed", 20, 20, 20)]),
    # a toll that rises to its figure after a long description of the attack, commas and all
    ("drc", "The death toll from an ADF raid on mourners at a wake in the village of Mabuo, in "
     "Lubero territory of North Kivu, has risen to 52, residents said.",
     [("local_sources", "civilians", "killed", 52, 52, 52)]),
    # a list item after a quoted one fares as it does
    ("nigeria", 'ISWAP said its fighters had killed "nine Christians" and two Nigerian soldiers '
     "near Gwoza.",
     [("iswap", "civilians", "killed", 9, 9, 9), ("iswap", "nga_army", "killed", 2, 2, 2)]),
    # people counted with their wounds are the wounded
    ("haiti", "A nurse at the hospital in Hinche said 23 residents with gunshot wounds had been "
     "brought in since Tuesday, six of them children.",
     [("local_sources", "civilians", "wounded", 23, 23, 23),
      ("local_sources", "civilians", "wounded", 6, 6, 6)]),
    # a bare toll's part that names a party is that party's, the toll both kinds; what
    # follows carries over from the whole
    ("burkina", "Residents gave a toll of 13 dead, two of them soldiers.",
     [("local_sources", "bf_army+civilians", "killed", 13, 13, 13),
      ("local_sources", "bf_army", "killed", 2, 2, 2)]),
    ("colombia", "Residents reported 11 fatalities, two of them soldiers, and 14 wounded.",
     [("local_sources", "col_army+civilians", "killed", 11, 11, 11),
      ("local_sources", "col_army", "killed", 2, 2, 2),
      ("local_sources", "civilians", "wounded", 14, 14, 14)]),
    # a count said to be "among" a party's men is that party's
    ("sudan", "The Sudanese army said it killed 70 RSF fighters, with several dead among the "
     "troops.",
     [("saf", "rsf", "killed", 70, 70, 70), ("saf", "saf", "killed", 3, 3, 9)]),
    # a party acts in its own clause; in the next one ("and that shrapnel ...") its soldier
    # is its own
    ("lebanon", "The Israeli army said its air defences had intercepted two drones launched "
     "by Hezbollah from Lebanon, and that shrapnel had lightly wounded one soldier near Metula.",
     [("idf", "hezbollah", "equipment_destroyed", 2, 2, 2), ("idf", "idf", "wounded", 1, 1, 1)]),
    # parts after a quoted toll
    ("burkina", 'Residents gave a toll of "about fifty dead", among them eleven children and four '
     "women.",
     [("local_sources", "civilians", "killed", 50, 50, 50),
      ("local_sources", "civilians", "killed", 11, 11, 11),
      ("local_sources", "civilians", "killed", 4, 4, 4)]),
    # guards from the review: a long toll of a war, a year or a flood is no claim ...
    ("sudan", "The death toll from the war between the army and the RSF, which erupted in "
     "Khartoum in April 2023, has risen to more than 150,000, according to some estimates.", []),
    ("myanmar", "The death toll from the junta's air strikes since the 2021 coup, according to a "
     "monitoring group, has risen to more than 6,000.", []),
    # ... nor are people wounded in earlier fighting or over a year
    ("sudan", "The hospital in El Obeid, which was treating 40 patients with war injuries from "
     "earlier fighting, was shelled on Monday, killing three people, medics said.",
     [("local_sources", "civilians", "killed", 3, 3, 3)]),
    ("sudan", "The ICRC said its surgical teams in Sudan had treated more than 3,000 people with "
     "weapon wounds this year.", []),
    # "according to the provisional toll": the toll of the speaker before
    ("sahel", "The Malian army said in a communique that its troops had repelled an attack near "
     "Gao. Eleven soldiers were killed and 14 others wounded, according to the provisional toll.",
     [("fama", "fama", "killed", 11, 11, 11), ("fama", "fama", "wounded", 14, 14, 14)]),
    # "per X" in the middle of a sentence is "according to X"
    ("lebanon", "An Israeli drone strike wounded four workers in Khirbet Maaroun, per the health "
     "ministry.",
     [("lb_moh", "civilians", "wounded", 4, 4, 4)]),
    # a headline opened by its source and a colon, named by a word for a body of people
    ("sudan", "Sudan Doctors Network: RSF shelling of El Obeid camp kills 23",
     [("sd_doctors", N, "killed", 23, 23, 23)]),
    # ... not by a country
    ("sudan", "Sudan: RSF shelling of El Obeid camp kills 23",
     [("outlet", N, "killed", 23, 23, 23)]),
    # a person the table does not know speaks as what his apposition says he is, and is
    # the "he" of the next sentence, though his own sentence counted nobody
    ("drc", "Attackers set houses ablaze in the village overnight, said Patrice Mumbere, a "
     'civil society leader in the area. "We buried 14 bodies this morning," he told reporters.',
     [("local_sources", "civilians", "killed", 14, 14, 14)]),
    ("drc", "Fighting went on for hours, said Jean-Paul Mastaki, a local official. He said the "
     "M23 had lost 30 fighters.",
     [("local_sources", "m23", "killed", 30, 30, 30)]),
    ("sudan", "Amna Khalid, the head of a women's association in the town, said the shelling "
     "killed nine people.",
     [("local_sources", "civilians", "killed", 9, 9, 9)]),
    ("sudan", "The shelling killed nine people, said Amna Khalid, a youth leader in the town.",
     [("local_sources", "civilians", "killed", 9, 9, 9)]),
    # ... a party's when it names one; unknown when it says nothing of whom he speaks for
    ("drc", "Lawrence Kanyuka, a spokesman for the M23, said its fighters had killed 11 "
     "soldiers.",
     [("m23", "fardc", "killed", 11, 11, 11)]),
    ("drc", "Jean Kato, the owner of a bakery, said the shelling killed nine people.",
     [(N, "civilians", "killed", 9, 9, 9)]),
    # "according to the same source": whoever spoke before, whatever the words for him
    ("burkina", 'The army said it had "neutralised some fifteen terrorists" during an operation '
     "near Fada, the Burkinabe army reported on Sunday. In the first attack on Friday, three VDP "
     "were killed and four others wounded, according to the same source.",
     [("bf_army", "jnim", "killed", 15, 15, 15), ("bf_army", "vdp", "killed", 3, 3, 3),
      ("bf_army", "vdp", "wounded", 4, 4, 4)]),
    ("burkina", "Gunmen attacked a VDP post near Kaya on Friday, an AFP correspondent reported. "
     "In the attack, three VDP were killed and four others wounded, according to the same "
     "source.",
     [("outlet", "vdp", "killed", 3, 3, 3), ("outlet", "vdp", "wounded", 4, 4, 4)]),
    # a toll that names no victims, told just after a strike on a place civilians gather
    ("sudan", "An army air strike hit the cattle market at Um Sayala at midday, according to the "
     "civil administration installed by the RSF. Its health department put the toll at 31 dead "
     "and 58 hurt.",
     [("rsf", "civilians", "killed", 31, 31, 31), ("rsf", "civilians", "wounded", 58, 58, 58)]),
    # ... not a share with no figure, nor where a military place is named
    ("sudan", "An army air strike hit the cattle market at Um Sayala at midday, the RSF said. It "
     "warned that the toll would rise because many of the wounded had severe burns.", []),
    ("sudan", "RSF fighters attacked an army base near the market in the morning, the RSF said. "
     "It put the toll at 31 dead.", []),
    # a part of the toll before that names a party ("Two of the dead were", "Of the dead, 14
    # were") makes that toll both kinds, and is told in its speaker's voice
    ("drc", "Residents said nine people were killed in the attack on Beni. Two of the dead were "
     "FARDC soldiers.",
     [("local_sources", "fardc", "killed", 2, 2, 2),
      ("local_sources", "fardc+civilians", "killed", 9, 9, 9)]),
    ("myanmar", "The PDF said 23 people were killed and 31 wounded when junta aircraft bombed a "
     "detention centre. Of the dead, 14 were junta soldiers.",
     [("pdf", "civilians", "wounded", 31, 31, 31), ("pdf", "tatmadaw", "killed", 14, 14, 14),
      ("pdf", "tatmadaw+civilians", "killed", 23, 23, 23)]),
    ("myanmar", "The PDF said 23 people were killed and 31 wounded when junta aircraft bombed a "
     "detention centre. Of the wounded, nine were junta soldiers.",
     [("pdf", "civilians", "killed", 23, 23, 23), ("pdf", "tatmadaw", "wounded", 9, 9, 9),
      ("pdf", "tatmadaw+civilians", "wounded", 31, 31, 31)]),
    # an office "in" a capital is that capital's state's: its own losses, its enemy's drones
    ("ukraine_states", "Ukrainian drones attacked an oil depot. The defence ministry in Moscow "
     "said it had shot down 41 drones.",
     [("ru_state", "ua_state", "equipment_destroyed", 41, 41, 41)]),
    ("ukraine_one_side", "A Russian missile hit Odesa, the defence ministry in Kyiv said, adding "
     "that its air defences had downed 12 Russian drones.",
     [("ua_state", "ru_state", "equipment_destroyed", 12, 12, 12)]),
    ("syria_south", "Israeli jets struck tanks near Sweida. The defence ministry in Damascus said "
     "three of its soldiers were killed in the strikes.",
     [("syria_gov", "syria_gov", "killed", 3, 3, 3)]),
    # ... also where the event's table lists the office by its capital
    ("syria_capital", "Israel said its aircraft had struck tanks moving toward Sweida. The "
     "defence ministry in Damascus said three soldiers were killed in those strikes.",
     [("syria_gov", "syria_gov", "killed", 3, 3, 3)]),
    # an outlet "citing" a source relays it: the source claims (a party citing its units speaks)
    ("sahel", "Radio France Internationale, citing military sources, reported that 20 soldiers "
     "had died near Gao.",
     [("local_sources", "fama", "killed", 20, 20, 20)]),
    ("sahel", "FAMa, citing its field units, said 20 soldiers had died near Gao.",
     [("fama", "fama", "killed", 20, 20, 20)]),
    # "its governor" after a region named in the same sentence is that region's, not the
    # governor the article named before
    ("ukraine_states", "The governor of Russia's Belgorod region said a Ukrainian drone had "
     "struck a minibus near Shebekino, killing the driver. Debris from a downed drone also "
     "injured two people in the neighbouring Dnipropetrovsk region, its governor said.",
     [("ru_state", "civilians", "killed", 1, 1, 1), ("ua_state", "civilians", "wounded", 2, 2, 2)]),
    # guards found by a review: a strike on fighters at a market, a new story, a new
    # paragraph; diplomats in a capital; an outlet citing papers, a ministry citing records;
    # an apposition naming a country's union or an armed committee; "the same source" after
    # a denial by another
    ("sahel", "The army said it struck terrorists who had gathered at a market near Gao. It put "
     "the toll at 60 dead.", []),
    ("sudan", "An RSF drone struck a market in Kosti on Saturday. Elsewhere, fighting in Babanusa "
     "left 40 dead.", []),
    ("sudan", "An RSF drone struck a school in El Fasher on Monday.\n\nThe toll stood at nine "
     "dead.", []),
    ("ukraine_states", "Western diplomats in Kyiv said 40 Ukrainian soldiers were killed in the "
     "strike.",
     [(N, "ua_state", "killed", 40, 40, 40)]),
    ("gaza", "The health ministry, citing hospital records, said 45 people were killed in the "
     "past day.",
     [("gaza_moh", "civilians", "killed", 45, 45, 45)]),
    ("sahel", "Reuters, citing a statement, said 20 soldiers had died near Gao.",
     [("outlet", "fama", "killed", 20, 20, 20)]),
    ("nigeria", "Bandits killed 14 villagers, said Chris Isiguzo, the head of the Nigerian Union "
     "of Journalists.",
     [(N, "civilians", "killed", 14, 14, 14)]),
    ("drc", "Nine FARDC soldiers died in the fighting, said Jean Kato, the head of a Wazalendo "
     "militia committee.",
     [(N, "fardc", "killed", 9, 9, 9)]),
    ("nigeria", "A security source said 10 soldiers were killed in the ambush. The army later "
     "dismissed the report. According to the same source, 20 others were wounded.",
     [("local_sources", "nga_army", "killed", 10, 10, 10),
      ("local_sources", "nga_army", "wounded", 20, 20, 20)]),
    # a contrasting clause with a subject of its own has its own speaker ("while a Somali
    # officer put the army's death toll at six"), not the one before; "while losing" has none
    ("somalia", "Al Shabaab said it killed 34 soldiers while a Somali officer put the army's "
     "death toll at six.",
     [("shabaab", "sna", "killed", 34, 34, 34), ("sna", "sna", "killed", 6, 6, 6)]),
    ("somalia", "Al Shabaab militants attacked a base on Monday, with the group saying it killed "
     "34 soldiers while a Somali officer put the army's death toll at six.",
     [("shabaab", "sna", "killed", 34, 34, 34), ("sna", "sna", "killed", 6, 6, 6)]),
    ("somalia", "Al Shabaab said it killed 34 soldiers while losing six fighters.",
     [("shabaab", "shabaab", "killed", 6, 6, 6), ("shabaab", "sna", "killed", 34, 34, 34)]),
    # ... but a governor named before of the same country stays the speaker
    ("ukraine", "Kharkiv governor said Russian shelling killed two people in the city. A guided "
     "bomb killed four more in the neighbouring Donetsk region, its governor said.",
     [("ua_officials", "civilians", "killed", 2, 2, 2),
      ("ua_officials", "civilians", "killed", 4, 4, 4)]),
    # community leaders and a night watchman are people outside the fighting
    ("colombia", "Armed men kidnapped four community leaders in Tibu, the ombudsman's office "
     "said.",
     [(N, "civilians", "captured", 4, 4, 4)]),
    ("ukraine", "A Russian drone killed a night watchman at a farm near Sumy, the regional "
     "governor said.",
     [("ua_officials", "civilians", "killed", 1, 1, 1)]),
    # "others" wounded sentences after the dead were counted: more of the same people
    ("sudan", "The Sudan Doctors Network said an RSF drone had killed 14 people at a market in "
     "El Obeid. \"The market was full,\" it said. The network said 40 others had been "
     "injured, nine of them critically.",
     [("sd_doctors", "civilians", "killed", 14, 14, 14),
      ("sd_doctors", "civilians", "wounded", 40, 40, 40),
      ("sd_doctors", "civilians", "wounded", 9, 9, 9)]),
    # ... but not "four others" captured after vehicles: not carried from the dead
    ("sudan", "The RSF said it had killed 20 soldiers near Bara. It said it had destroyed six "
     "army vehicles. It added that it had captured four others.",
     [("rsf", "saf", "equipment_destroyed", 6, 6, 6), ("rsf", "saf", "killed", 20, 20, 20),
      ("rsf", N, "captured", 4, 4, 4)]),
    # "said" followed by a clause, not by an inverted speaker: the speaker is before it
    ("myanmar", "A junta air strike killed 22 people at a monastery, according to the PDF. A "
     "member of the group, who gave only a nom de guerre, said a jet dropped two bombs on "
     "the compound. At least 30 others were wounded, he said.",
     [("pdf", "civilians", "killed", 22, 22, 22), ("pdf", "civilians", "wounded", 30, 30, N)]),
    # "its soldiers" killed in the speaker's own clause: whom it fought, not the speaker's
    ("burkina", "JNIM said it had ambushed an army convoy near Djibo and killed 20 of its "
     "soldiers.",
     [("jnim", "bf_army", "killed", 20, 20, 20)]),
    ("burkina", "The Burkinabe army and VDP volunteers escorted the convoy. JNIM said it had "
     "routed the column, killing dozens of its members.",
     [("jnim", "bf_army+vdp", "killed", 24, 24, 99)]),
    # ... but the speaker's own when another actor killed them, or when they were "its own"
    ("burkina", "JNIM said army drone strikes had killed eight of its fighters near Djibo.",
     [("jnim", "jnim", "killed", 8, 8, 8)]),
    ("burkina", "JNIM said it had executed two of its own members for desertion.",
     [("jnim", "jnim", "killed", 2, 2, 2)]),
    # a group described, not named, that the rules resolved: the parse's subject does not
    # override it with the bare description
    ("somalia", "Al Shabaab fighters stormed a base near Afgoye on Friday. The al-Qaeda-linked "
     "group said in a statement that its fighters had killed 31 soldiers.",
     [("shabaab", "sna", "killed", 31, 31, 31)]),
    # a past year's or month's count that opens the sentence is background
    ("burkina", "JNIM killed nine soldiers near Djibo on Monday, the army said. A year "
     "earlier, an ambush on the same road had killed some 70 soldiers.",
     [("bf_army", "bf_army", "killed", 9, 9, 9)]),
    ("burkina", "JNIM killed nine soldiers near Djibo on Monday, the army said. Two months "
     "ago, the group killed 14 VDP volunteers in the same area.",
     [("bf_army", "bf_army", "killed", 9, 9, 9)]),
    # a toll of people with a part of another kind named after it: both kinds together
    # (a captive soldier is still a soldier; a "nine dead" toll whose part is fighters)
    ("myanmar", "Residents said junta jets bombed the village, killing at least 17 people, 11 "
     "of them detained soldiers.",
     [("local_sources", "tatmadaw", "killed", 11, 11, 11),
      ("local_sources", "tatmadaw+civilians", "killed", 17, 17, N)]),
    ("nigeria", "At least nine people were killed in the raid on a village near Maiduguri, "
     "the army said. \"So far we have counted nine dead, two of them CJTF members,\" a "
     "resident said.",
     [("nga_army", "civilians", "killed", 9, 9, N),
      ("local_sources", "cjtf", "killed", 2, 2, 2),
      ("local_sources", "cjtf+civilians", "killed", 9, 9, 9)]),
    # "officers" fit the police as well as the army: whichever the article names nearest
    ("colombia_police", "The Colombian army said it had cleared the road near Tibu. ELN "
     "guerrillas attacked a rural station in Antioquia overnight, the Colombian police said "
     "in a statement, adding that two officers had been wounded.",
     [("col_police", "col_police", "wounded", 2, 2, 2)]),
    ("colombia_police", "The Colombian police said it had closed the road near Tibu. The "
     "Colombian army said ELN guerrillas had ambushed one of its patrols, wounding two "
     "officers.",
     [("col_army", "col_army", "wounded", 2, 2, 2)]),
    # a side's own word for its dead, lost: its own ("we lost eleven martyrs")
    ("ethiopia", "The Ethiopian army said it had routed the militia near Mota. Asres Mengistu, "
     "a spokesman for Fano in Gojam, rejected the figures. \"In three days we lost eleven "
     "martyrs, not hundreds,\" he told Reuters by telephone.",
     [("fano", "fano", "killed", 11, 11, 11)]),
    # ... not martyrs a rescuer pulled out (the civilians; a rescuer the table does not know)
    ("gaza", "An Israeli strike on a school killed 11 people, residents said. \"We pulled out "
     "11 martyrs,\" a rescuer said.",
     [("local_sources", "civilians", "killed", 11, 11, 11),
      (N, "civilians", "killed", 11, 11, 11)]),
    # the bodies the enemy left are the enemy's dead, even when the article names the
    # adversary only by its role ("the army's advance")
    ("sudan", "The RSF said its fighters had beaten back the army's advance near Bara. \"The "
     "enemy left well over a hundred bodies in the sand,\" the RSF said.",
     [("rsf", "saf", "killed", 101, 101, N)]),
    ("sudan", "The Sudanese army said the RSF attack on El Obeid was repulsed and that the "
     "attackers had abandoned 40 bodies.",
     [("saf", "rsf", "killed", 40, 40, 40)]),
    # a part's captive adjective is no capture ("five of them detained PDF fighters")
    ("myanmar", "Residents said junta shelling hit a prison in Sagaing, killing 13 people, five "
     "of them detained PDF fighters.",
     [("local_sources", "pdf", "killed", 5, 5, 5),
      ("local_sources", "pdf+civilians", "killed", 13, 13, 13)]),
    # review of session 19: each narrowing guarded
    # ... "others" another voice counts are not the dead an earlier speaker counted
    ("sudan", "An army drone killed four RSF fighters near Omdurman, the Sudanese army said. "
     "\"They were preparing an attack,\" a spokesman said. Medics in El Obeid said 12 others "
     "were wounded when shells hit the main market.",
     [("local_sources", N, "wounded", 12, 12, 12), ("saf", "rsf", "killed", 4, 4, 4)]),
    # ... a speaker's own participle after "said" ("a statement released the same evening")
    ("burkina", "Five soldiers were killed, said a statement released the same evening by the "
     "Burkinabe army.",
     [("bf_army", "bf_army", "killed", 5, 5, 5)]),
    # ... "its fighters" another actor's strikes killed stay the speaker's
    ("nigeria", "ISWAP said it had pulled out of the town after Nigerian army air strikes killed "
     "20 of its fighters.",
     [("iswap", "iswap", "killed", 20, 20, 20)]),
    # ... a force's name that names a place is not the force named nearest
    ("colombia_police", "The Colombian army said ELN guerrillas ambushed a convoy near the "
     "Colombian police headquarters in Cucuta, killing two officers.",
     [("col_army", "col_army", "killed", 2, 2, 2)]),
    # a title beside a role's possessive speaks for that role's party ("the rebels' spokesman",
    # before or after his name)
    ("drc", "M23 rebels pushed towards Goma. The rebels' spokesman, Joseph Mutabazi, said on X "
     "that their fighters had killed 31 FARDC soldiers.",
     [("m23", "fardc", "killed", 31, 31, 31)]),
    ("drc", "M23 rebels pushed towards Goma. Joseph Mutabazi, the insurgents' commander, told "
     "reporters that 31 FARDC soldiers had been killed.",
     [("m23", "fardc", "killed", 31, 31, 31)]),
    # ... but "the group's spokesman" is the group named before, not a role
    ("sahel", "The FLA said it had repelled an attack. The group's spokesman said 12 Malian "
     "soldiers were killed.",
     [("fla", "fama", "killed", 12, 12, 12)]),
    # a side's own dead broken down by party, after a comma or a colon: the whole is both
    # parties' ("seven of our men, four soldiers and three volunteers")
    ("burkina", "\"We lost eight of our men, five soldiers and three VDP, but we held the "
     "post,\" an army officer said after the JNIM assault on Djibo.",
     [("local_sources", "bf_army", "killed", 5, 5, 5),
      ("local_sources", "bf_army+vdp", "killed", 8, 8, 8),
      ("local_sources", "vdp", "killed", 3, 3, 3)]),
    ("burkina", "\"We lost eight men: five soldiers and three VDP,\" an army officer said "
     "after the JNIM assault on Djibo.",
     [("local_sources", "bf_army", "killed", 5, 5, 5),
      ("local_sources", "bf_army+vdp", "killed", 8, 8, 8),
      ("local_sources", "vdp", "killed", 3, 3, 3)]),
    # ... and between a whole and its outcome ("11 of its personnel, seven soldiers and four
    # CJTF members, were killed"), opening a quotation too
    ("nigeria", "The Nigerian army said 11 of its personnel, seven soldiers and four CJTF "
     "members, were killed in the ISWAP attack.",
     [("nga_army", "cjtf", "killed", 4, 4, 4), ("nga_army", "nga_army", "killed", 7, 7, 7),
      ("nga_army", "nga_army+cjtf", "killed", 11, 11, 11)]),
    ("nigeria", "\"Eight of our men, five soldiers and three CJTF members, were hurt,\" a "
     "Nigerian army officer said after the ISWAP attack.",
     [("nga_army", "cjtf", "wounded", 3, 3, 3), ("nga_army", "nga_army", "wounded", 5, 5, 5),
      ("nga_army", "nga_army+cjtf", "wounded", 8, 8, 8)]),
    # ... but a list whose first item names a party is three counts, not a whole and parts
    ("burkina", "JNIM fighters stormed the post at Djibo, killing eight soldiers, five VDP and "
     "three civilians, the army said.",
     [("bf_army", "bf_army", "killed", 8, 8, 8), ("bf_army", "civilians", "killed", 3, 3, 3),
      ("bf_army", "vdp", "killed", 5, 5, 5)]),
    # ... and a rank among a side's own is the side's ("including a captain")
    ("burkina", "\"We lost eight of our men, including a captain,\" an army officer said after "
     "the JNIM assault on Djibo.",
     [("local_sources", "bf_army", "killed", 1, 1, 1),
      ("local_sources", "bf_army", "killed", 8, 8, 8)]),
    # the first item of a list of three counts fares as the rest
    ("burkina", "Eleven soldiers, four VDP and two civilians were killed when JNIM fighters "
     "overran the post at Djibo, the army said.",
     [("bf_army", "bf_army", "killed", 11, 11, 11), ("bf_army", "civilians", "killed", 2, 2, 2),
      ("bf_army", "vdp", "killed", 4, 4, 4)]),
    # people counted who speak are speakers ("Two wounded soldiers told AFP")
    ("burkina", "Two wounded soldiers told AFP that 20 of their comrades had been killed in the "
     "JNIM attack.",
     [("bf_army", "bf_army", "killed", 20, 20, 20), ("outlet", "bf_army", "wounded", 2, 2, 2)]),
    # an agency's "staff members" and "colleagues" are civilians (not the general staff)
    ("gaza", "The UN agency said four of its staff members were killed when the shelter in "
     "Khan Younis was hit.",
     [("intl_observers", "civilians", "killed", 4, 4, 4)]),
    ("gaza", "The UN said three of its colleagues were wounded when the IDF strike hit the "
     "convoy.",
     [("intl_observers", "civilians", "wounded", 3, 3, 3)]),
    # a military source's "our comrades": the army named nearest before him, of two
    ("drc_rwanda", "M23 rebels attacked Sake at dawn. The Congolese army did not comment, but a "
     "military source told AFP that \"four of our comrades fell\" and that a Rwandan unit had "
     "crossed the border.",
     [("local_sources", "fardc", "killed", 4, 4, 4)]),
    # in a first-person account, "they" and "their" dead are the other side's
    ("somalia", "\"We pushed them back and they left more than 30 of their dead behind,\" a "
     "Somali army officer said after the al-Shabaab attack on the base.",
     [("sna", "shabaab", "killed", 31, 31, N)]),
    ("somalia", "A Somali army officer said al-Shabaab fighters attacked the base. \"The enemy "
     "also took losses; we counted 31 of their bodies around the base,\" he said.",
     [("sna", "shabaab", "killed", 31, 31, 31)]),
    ("somalia", "\"We lost four men but they lost 20 fighters,\" a Somali army officer said "
     "after the al-Shabaab attack.",
     [("sna", "shabaab", "killed", 20, 20, 20), ("sna", "sna", "killed", 4, 4, 4)]),
    # ... not a party's own "their" where no one says "we"
    ("somalia", "Al-Shabaab said its fighters attacked the base and that 12 of their fighters "
     "were killed.",
     [("shabaab", "shabaab", "killed", 12, 12, 12)]),
    # "his fighters" after a commander named by his role: that role's party
    ("myanmar", "The junta said its troops killed an insurgent leader and nine of his fighters "
     "near Myawaddy.",
     [("tatmadaw", "pdf", "killed", 1, 1, 1), ("tatmadaw", "pdf", "killed", 9, 9, 9)]),
    # a side's own tally: "our losses are 11 dead", "its casualties were 11 dead"
    ("burkina", "\"Our losses are 11 dead and 20 wounded,\" the Burkinabe army said after the "
     "JNIM attack.",
     [("bf_army", "bf_army", "killed", 11, 11, 11), ("bf_army", "bf_army", "wounded", 20, 20, 20)]),
    ("burkina", "The Burkinabe army said its casualties were 11 dead after the JNIM attack.",
     [("bf_army", "bf_army", "killed", 11, 11, 11)]),
    # ... not losses that are no figure
    ("burkina", "The Burkinabe army said the losses were heavy after the JNIM attack.", []),
    # the first item of a list whose last two are one count ("three residents and a journalist")
    ("haiti", "Six police officers, three residents and a journalist were wounded in the gang "
     "attack, the Haitian National Police said.",
     [("haiti_police", "civilians", "wounded", 4, 4, 4),
      ("haiti_police", "haiti_police", "wounded", 6, 6, 6)]),
    # review of session 20: each narrowing guarded
    # ... three parties "on one side" and "on the other" are not the two named first
    ("burkina", "Fighting between the Burkinabe army and VDP on one side and JNIM on the other "
     "killed 30 fighters near Djibo, residents said.",
     [("local_sources", N, "killed", 30, 30, 30)]),
    # ... people broken down into soldiers and civilians after a comma: the whole is both
    ("colombia", "Residents said the clash had left 10 people dead, seven soldiers and three "
     "civilians.", [("local_sources", "civilians", "killed", 3, 3, 3),
                    ("local_sources", "col_army", "killed", 7, 7, 7),
                    ("local_sources", "col_army+civilians", "killed", 10, 10, 10)]),
    # ... "14 men, nine women and five children" is a list of three, not a whole and parts
    ("burkina", "JNIM killed 14 men, nine women and five children in the village of Solenzo, "
     "residents said.",
     [("local_sources", "civilians", "killed", 5, 5, 5),
      ("local_sources", "civilians", "killed", 9, 9, 9),
      ("local_sources", "civilians", "killed", 14, 14, 14)]),
    # ... a breakdown by rank and file named with its country lumps both forces
    ("somalia", "A Somali officer said the base lost 13 men: eight Somali soldiers and five "
     "AUSSOM troops, after the al Shabaab assault.",
     [("sna", "aussom", "killed", 5, 5, 5), ("sna", "sna", "killed", 8, 8, 8),
      ("sna", "sna+aussom", "killed", 13, 13, 13)]),
    # ... a security source's "colleagues" are not civilians; the employees he counts are
    ("sudan", "A security source said four of his colleagues were killed when the RSF attacked "
     "the army base in Bara.",
     [("local_sources", N, "killed", 4, 4, 4)]),
    # ... an insider's "our comrades" are not the army another sentence named last
    ("ukraine", "Ukrainian drones struck a fuel depot, and Russian forces shelled Kherson "
     "overnight. A military source said: \"Three of our comrades were killed.\"",
     [("local_sources", N, "killed", 3, 3, 3)]),
    # ... not the event's own day
    ("burkina", "Earlier on Monday, JNIM killed nine soldiers near Djibo, the army said.",
     [("bf_army", "bf_army", "killed", 9, 9, 9)]),
    # session 23: gaps the review of session 22 found
    # ... unnamed attackers hit the army's convoy: the army's toll is its own, and "a civilian
    # driver" is the part named, not a second count that takes the wounded
    ("burkina", "Gunmen attacked an army convoy near Djibo on Tuesday. The provisional toll "
     "stands at 16 dead, one of them a civilian driver, and nine wounded, the army said.",
     [("bf_army", "bf_army", "wounded", 9, 9, 9), ("bf_army", "bf_army+civilians", "killed", 16,
                                                  16, 16),
      ("bf_army", "civilians", "killed", 1, 1, 1)]),
    # ... a part listed after "N of them civilians": the soldiers are part of the same toll
    ("nigeria", "The raid killed 63 people, 41 of them civilians and 22 soldiers, a security "
     "source said.",
     [("local_sources", "civilians", "killed", 41, 41, 41),
      ("local_sources", "nga_army", "killed", 22, 22, 22),
      ("local_sources", "nga_army+civilians", "killed", 63, 63, 63)]),
    ("nigeria", "Bandits killed 19 people, 11 of them CJTF members and eight farmers, police "
     "said.",
     [("nga_army", "civilians", "killed", 8, 8, 8), ("nga_army", "cjtf", "killed", 11, 11, 11),
      ("nga_army", "cjtf+civilians", "killed", 19, 19, 19)]),
    # ... a party's losses put at its own fighters; an injury toll counts the wounded
    ("sudan", "The army put RSF losses at 200 fighters after the battle for Bara.",
     [("saf", "rsf", "killed_or_wounded", 200, 200, 200)]),
    ("sudan", "Doctors at the hospital in El Obeid put the injury toll at 40.",
     [("local_sources", "civilians", "wounded", 40, 40, 40)]),
    ("sudan", "The RSF put the army's losses at 300 soldiers.",
     [("rsf", "saf", "killed_or_wounded", 300, 300, 300)]),
    ("sudan", "The army put its own losses at 12 soldiers.",
     [("saf", "saf", "killed_or_wounded", 12, 12, 12)]),
    # ... the number of martyrs is a toll of the dead
    ("gaza", "The health ministry said the number of martyrs had risen to 412, with 1,200 "
     "wounded.",
     [("gaza_moh", "civilians", "killed", 412, 412, 412),
      ("gaza_moh", "civilians", "wounded", 1200, 1200, 1200)]),
    # ... martyrs are the dead, not the wounded named after them
    ("sudan", "\"We have had 11 martyrs and 30 wounded,\" an RSF commander said by telephone.",
     [("rsf", "rsf", "killed", 11, 11, 11), ("rsf", "rsf", "wounded", 30, 30, 30)]),
    # ... bodies brought out of the rubble, and the part of them named after
    ("sudan", "Rescuers said 22 bodies had been brought out of the rubble, nine of them "
     "children.",
     [("local_sources", "civilians", "killed", 9, 9, 9),
      ("local_sources", "civilians", "killed", 22, 22, 22)]),
    # ... a part of the toll before, told after the speaker's "told AFP that", is its own
    # party's; the health ministry's toll keeps its own victims
    ("lebanon", "An Israeli strike on a car killed three people near Tyre, the health ministry "
     "said. A source close to Hezbollah told AFP that one of the dead was a Hezbollah member.",
     [("hezbollah", "hezbollah", "killed", 1, 1, 1), ("lb_moh", "civilians", "killed", 3, 3, 3)]),
    # ... a party's spokesman who lost martyrs counts his own, not civilians
    ("ethiopia", "\"We lost eleven martyrs,\" Fano spokesman Asres Mare said.",
     [("fano", "fano", "killed", 11, 11, 11)]),
    # ... and so is a security source's, after the army's camp was attacked
    ("burkina", "JNIM attacked an army camp in Djibo. The toll was 40 dead, a security source "
     "said.",
     [("local_sources", "bf_army", "killed", 40, 40, 40)]),
    ("nigeria", "Bandits attacked an army camp in Zamfara late on Friday. The toll was nine dead "
     "and four injured, military sources said.",
     [("local_sources", "nga_army", "killed", 9, 9, 9),
      ("local_sources", "nga_army", "wounded", 4, 4, 4)]),
    # ... soldiers who "fell in the attack" are its dead
    ("burkina", "Thirty-one soldiers fell in the attack, the army spokesman said.",
     [("bf_army", "bf_army", "killed", 31, 31, 31)]),
    # ... militants storming a base: the army's toll is its own
    ("burkina", "Militants stormed the base in Djibo at dawn. The provisional toll is 11 dead, "
     "the army said.",
     [("bf_army", "bf_army", "killed", 11, 11, 11)]),
    # ... "the group" a part's victim was a member of is the group named before
    ("lebanon", "An Israeli strike on a car killed three people near Tyre, the health ministry "
     "said. A source close to Hezbollah told AFP that one of the dead was a member of the group.",
     [("hezbollah", "hezbollah", "killed", 1, 1, 1), ("lb_moh", "civilians", "killed", 3, 3, 3)]),
    ("myanmar", "An air strike killed 12 people in a village in Sagaing, residents said. A PDF "
     "spokesman said that four of the dead were PDF fighters.",
     [("local_sources", "civilians", "killed", 12, 12, 12), ("pdf", "pdf", "killed", 4, 4, 4)]),
    # review of session 23: each narrowing guarded
    # ... a convoy, camp or unit must be said to be the army's
    ("burkina", "Gunmen attacked a convoy of buses near Fada. The toll stands at 25 dead and 12 "
     "wounded, the army said.", []),
    ("burkina", "Gunmen attacked a camp for displaced people near Djibo. The toll stands at 30 "
     "dead, the army said.", []),
    # ... "armed men" are unnamed attackers too, and the attack may be told as a noun
    ("burkina", "Armed men attacked an army post near Kaya on Sunday. The toll stands at 12 dead, "
     "the army said.",
     [("bf_army", "bf_army", "killed", 12, 12, 12)]),
    ("burkina", "The attack on an army base near Djibo began at dawn. The provisional toll stands "
     "at 15 dead, a security source said.",
     [("local_sources", "bf_army", "killed", 15, 15, 15)]),
    ("burkina", "The attack on a market near Djibo began at dawn. The provisional toll stands at "
     "15 dead, a security source said.",
     [("local_sources", "civilians", "killed", 15, 15, 15)]),
    # ... nor a toll of another scene told after the army's post was attacked
    ("burkina", "Jihadists attacked an army post near Djibo on Monday. In a separate attack on a "
     "village, the toll is 15 dead, a security source said.",
     [("local_sources", "civilians", "killed", 15, 15, 15)]),
    ("burkina", "Gunmen attacked an army post near Kaya and a nearby village. The toll stands at "
     "12 dead, all of them civilians, a security source said.",
     [("local_sources", "civilians", "killed", 12, 12, 12)]),
    # ... "the group" of a part is no armed group when a group of people was named
    ("burkina", "JNIM fighters attacked a group of traders near Dori, killing six. One of the dead "
     "was a member of the group, relatives said.",
     [("local_sources", "civilians", "killed", 1, 1, 1), ("outlet", "civilians", "killed", 6, 6,
                                                          6)]),
    # ... "the group's losses" name no owner
    ("sudan", "The RSF put the group's losses at 80 fighters in the clashes with the Joint "
     "Forces.", []),
    # ... the speaker who tells the part is not one more of the dead
    ("gaza", "An Israeli strike killed three people in Khan Younis, the health ministry said. A "
     "medic said that two of the dead were children.",
     [("gaza_moh", "civilians", "killed", 3, 3, 3), ("local_sources", "civilians", "killed", 2, 2,
                                                     2)]),
    # The wounded an armed source adds ("We also have ...") are of all the parties whose dead
    # it counted: the parts of the toll, a list of them, or the lump a part belongs to
    ("burkina", "Jihadists attacked an army post and a VDP post at Kona on Thursday, killing 14 "
     "soldiers and 22 VDP, security sources told AFP. \"We also have around twenty wounded,\" one "
     "of the sources said.",
     [("local_sources", "bf_army", "killed", 14, 14, 14), ("local_sources", "vdp", "killed", 22,
                                                           22, 22),
      ("local_sources", "bf_army+vdp", "wounded", 20, 20, 20)]),
    ("burkina", "Jihadists attacked a post near Dori on Saturday, security sources said. \"We lost "
     "11 men, four soldiers and seven VDP. We also have about 30 wounded,\" one of the sources "
     "told AFP.",
     [("local_sources", "bf_army+vdp", "killed", 11, 11, 11), ("local_sources", "bf_army",
                                                               "killed", 4, 4, 4),
      ("local_sources", "vdp", "killed", 7, 7, 7),
      ("local_sources", "bf_army+vdp", "wounded", 30, 30, 30)]),
    ("burkina", "At least 23 soldiers and VDP were killed when jihadists overran a post near Dori, "
     "security sources told AFP. Of the dead, 14 were soldiers, one of the sources said. \"We "
     "also have about 30 wounded,\" the source added.",
     [("local_sources", "bf_army+vdp", "killed", 23, 23, None), ("local_sources", "bf_army",
                                                                 "killed", 14, 14, 14),
      ("local_sources", "bf_army+vdp", "wounded", 30, 30, 30)]),
    # ... but of its own side when only its own dead were counted
    ("burkina", "Jihadists attacked an army post at Kona on Thursday, killing 14 soldiers, "
     "security sources told AFP. \"We also have around twenty wounded,\" one of the sources said.",
     [("local_sources", "bf_army", "killed", 14, 14, 14), ("local_sources", "bf_army", "wounded",
                                                           20, 20, 20)]),
    # "Among the dead are nine volunteers": a part of the toll told before; "20 others" are
    # more of the whole, not of the part
    ("burkina", "Jihadists killed 30 soldiers and VDP in an attack on a post near Dori, security "
     "sources said. \"Among the dead are nine volunteers, and about 20 others were wounded,\" one "
     "of the sources told AFP.",
     [("local_sources", "bf_army+vdp", "killed", 30, 30, 30), ("local_sources", "vdp", "killed",
                                                               9, 9, 9),
      ("local_sources", "bf_army+vdp", "wounded", 20, 20, 20)]),
    # ... but not people told one by one ("the group's commander, his deputy and ...")
    ("somalia", "Somali troops killed 18 al-Shabaab fighters near Qoqaani, the army said on "
     "Sunday. Among the dead were the group's local commander, his deputy and three of his "
     "bodyguards, the army said.",
     [("sna", "shabaab", "killed", 18, 18, 18)]),
    # A lump of a party named by a word of its name and civilians ("volunteers and civilians")
    ("burkina", "\"The toll stands at 19 volunteers and eight civilians,\" a security source said, "
     "adding that about 15 wounded had been taken to Kaya.",
     [("local_sources", "vdp", "killed", 19, 19, 19), ("local_sources", "civilians", "killed", 8,
                                                       8, 8),
      ("local_sources", "vdp+civilians", "wounded", 15, 15, 15)]),
    # "the source said" is the source named before, not a speaker of its own
    ("burkina", "Jihadists killed 23 soldiers near Dori, security sources told AFP. \"We also have "
     "about 30 wounded,\" the source said.",
     [("local_sources", "bf_army", "killed", 23, 23, 23), ("local_sources", "bf_army", "wounded",
                                                           30, 30, 30)]),
    # A capital speaks for its state ("Kyiv put its own losses at ...")
    ("ukraine", "Russia said it had killed 300 Ukrainian troops near Pokrovsk. Kyiv put its own "
     "losses in the battle at 43 servicemen killed.",
     [("ru_army", "ua_army", "killed", 300, 300, 300), ("ua_army", "ua_army", "killed", 43, 43,
                                                        43)]),
    # ... and a part named so ("27 dead, 19 of them volunteers"): the VDP's, within a whole
    # of them and others
    ("burkina", "\"The provisional toll is 27 dead, 19 of them volunteers,\" a security source "
     "said.",
     [("local_sources", "vdp+civilians", "killed", 27, 27, 27), ("local_sources", "vdp",
                                                               "killed", 19, 19, 19)]),
    # "In Moscow, the Defence Ministry said": Russia's, and so its "the ministry said" after
    ("ukraine", "A Russian glide bomb killed five people in Zaporizhzhia, Ukrainian forces said. "
     "In Moscow, the Defence Ministry said its troops had repelled five counterattacks near "
     "Pokrovsk. \"The enemy's losses amounted to up to 215 servicemen,\" the ministry said.",
     [("ru_army", "ua_army", "killed_or_wounded", None, 215, 215), ("ua_army", "civilians",
                                                                     "killed", 5, 5, 5)]),
    # "two of the army's armoured vehicles" are the army's, not those of everyone hit
    ("sahel", "JNIM said its fighters had killed 41 soldiers and VDP militiamen near Boni, in "
     "central Mali, and had taken two of the army's armoured vehicles.",
     [("jnim", "fama+vdp", "killed", 41, 41, 41), ("jnim", "fama", "equipment_seized", 2, 2,
                                                   2)]),
    # "... and the other five were civilians": the rest of the same whole, a part of its own
    ("burkina", "Jihadists killed 12 people near Dori on Sunday, a security source said. Seven of "
     "the dead were soldiers and the other five were civilians, the source said.",
     [("local_sources", "bf_army+civilians", "killed", 12, 12, 12), ("local_sources", "bf_army",
                                                                     "killed", 7, 7, 7),
      ("local_sources", "civilians", "killed", 5, 5, 5)]),
    ("sudan", "An RSF drone struck a market in El Obeid, killing 15 people, the Sudan Doctors "
     "Network said. Three of them were soldiers and the other 12 civilians, it said.",
     [("sd_doctors", "saf+civilians", "killed", 15, 15, 15), ("sd_doctors", "saf", "killed", 3, 3,
                                                              3),
      ("sd_doctors", "civilians", "killed", 12, 12, 12)]),
    # ... not a people of a country ("12 of them Nigerians"), nor a word that only qualifies
    # a party's name
    ("nigeria", "Gunmen attacked a market in Borno and killed 30 people, 12 of them Nigerians "
     "and 18 Chadians, residents said.",
     [("local_sources", "civilians", "killed", 12, 12, 12), ("local_sources", "civilians",
                                                             "killed", 30, 30, 30)]),
    ("sahel", "The attack killed 16 people, among them four support staff of a health centre, "
     "residents said.",
     [("local_sources", "civilians", "killed", 16, 16, 16), ("local_sources", "civilians",
                                                             "killed", 4, 4, 4)]),
    # ... and an armed speaker's "we" holds no civilians, nor the enemies it killed
    ("sudan", "The RSF assault killed 12 soldiers and 30 civilians in El Fasher, an army officer "
     "said. \"We also have 40 wounded,\" he said.",
     [("local_sources", "civilians", "killed", 30, 30, 30), ("local_sources", "saf", "killed",
                                                             12, 12, 12),
      ("local_sources", "saf", "wounded", 40, 40, 40)]),
    # the army's drones that destroyed pickups are the weapon, no loss of the army's
    ("sahel", "The army's drones destroyed five of the jihadists' pickups near Menaka, the FAMa "
     "said.",
     [("fama", "jnim", "equipment_destroyed", 5, 5, 5)]),
    # Sanaa, held by the Houthis, does not speak for the Yemeni government
    ("yemen", "Sanaa said US and British strikes killed 12 people in Hodeidah.",
     [(None, "civilians", "killed", 12, 12, 12)]),
    # A count inside what a speaker denies is no claim of the denier's
    ("drc_rwanda", "Kigali denied that its troops had killed 30 Congolese soldiers near Goma.",
     []),
    ("drc_rwanda", "The M23 denied the army's account, saying its fighters had killed 30 "
     "Congolese soldiers near Goma.",
     [("m23", "fardc", "killed", 30, 30, 30)]),
    # "others" wounded in the sentence after a list of the dead: of everyone listed
    ("burkina", "Jihadists killed 19 volunteers and eight civilians near Djibo, a security "
     "source said. Eleven others were wounded, the source said.",
     [("local_sources", "civilians", "killed", 8, 8, 8), ("local_sources", "vdp", "killed", 19,
                                                          19, 19),
      ("local_sources", "vdp+civilians", "wounded", 11, 11, 11)]),
    # a list of the dead, then ", and 40 others were injured": the list's last item is dead
    ("gaza", "An Israeli strike killed 25 people in Gaza City, the health ministry said. Among "
     "the dead were eight children and three women, and 40 others were injured, it said.",
     [("gaza_moh", "civilians", "killed", 25, 25, 25), ("gaza_moh", "civilians", "killed", 8, 8,
                                                        8),
      ("gaza_moh", "civilians", "killed", 3, 3, 3), ("gaza_moh", "civilians", "wounded", 40, 40,
                                                     40)]),
    # soldiers an army's strikes killed: the army the speaker names before "said" is the
    # victims', not the killer (nor the killer's other adversaries)
    ("syria_south", "Syria's defence ministry said Israeli strikes killed five soldiers near "
     "Sweida, where Druze fighters have clashed with government forces.",
     [("syria_gov", "syria_gov", "killed", 5, 5, 5)]),
    # ... nor a toll in a clause of its own after a denial of responsibility
    ("gaza", "Israel denied striking the hospital where 471 people were killed, the health "
     "ministry said.",
     [("idf", "civilians", "killed", 471, 471, 471)]),
    # a part named by a country's soldiers ("the other 10 were Congolese soldiers")
    ("drc", "The fighting killed 25 people. Fifteen of the dead were M23 fighters and the other "
     "10 were Congolese soldiers, a local official said.",
     [("local_sources", "fardc", "killed", 10, 10, 10), ("local_sources", "m23", "killed", 15, 15,
                                                         15),
      ("outlet", "fardc+m23", "killed", 25, 25, 25)]),
    # "the group's local commanders": the armed group named last
    ("somalia", "Somali forces repelled an al-Shabaab attack on a base near Baidoa on Friday, "
     "killing 23 militants, the army said. Two of the group's local commanders were among the "
     "dead, it said.",
     [("sna", "shabaab", "killed", 23, 23, 23), ("sna", "shabaab", "killed", 2, 2, 2)]),
    # session 25: "its members" the speaker's side killed are of the party named before them,
    # even one the table puts on the speaker's side
    ("colombia_dissidents", "In a statement, the ELN blamed the FARC dissidents for the "
     "clashes and said it had killed 17 of its members near Tibu.",
     [("eln", "farc_dissidents", "killed", 17, 17, 17)]),
    ("colombia_dissidents", "The ELN accused the dissidents of starting the fighting and said "
     "it had killed 20 of their fighters.",
     [("eln", "farc_dissidents", "killed", 20, 20, 20)]),
    # ... not the speaker's own losses, nor with no other party named (the table's adversary)
    ("colombia_dissidents", "The ELN said it had lost 17 of its members in the clashes.",
     [("eln", "eln", "killed", 17, 17, 17)]),
    ("colombia_dissidents", "The ELN said it had killed 17 of its members near Tibu.",
     [("eln", "col_army", "killed", 17, 17, 17)]),
    # ... and after the army's troops repelled a party's attack ("killing four of its members");
    # of two parties named, the one of another camp (not the army's own militia)
    ("colombia", "The Colombian army said troops repelled an ELN attack on a base near Tame, "
     "killing four of its members.",
     [("col_army", "eln", "killed", 4, 4, 4)]),
    ("nigeria", "The Nigerian army said troops repelled a Boko Haram attack on a CJTF "
     "checkpoint near Bama and killed 20 of their fighters.",
     [("nga_army", "boko_haram", "killed", 20, 20, 20)]),
    # "them" after a participle's object: "troops pursuing the assailants ... five of them"
    ("drc_adf", "ADF fighters raided a village near Beni on Sunday. An army spokesman said "
     "troops pursuing the assailants had killed five of them.",
     [("fardc", "adf", "killed", 5, 5, 5)]),
    # whom a speaker acts against is not whom it speaks for
    ("drc_adf", "The spokesman for the army's operations against the ADF, Lieutenant Jean "
     "Kasongo, said troops had lost one soldier in the fighting.",
     [("fardc", "fardc", "killed", 1, 1, 1)]),
    # "them" of armed groups: "an ambush by terrorist groups ... 21 of them"
    ("sahel", "JNIM fighters have been active around Boni for weeks. The Malian army said a "
     "patrol had repelled an ambush by terrorist groups and neutralised 21 of them.",
     [("fama", "jnim", "killed", 21, 21, 21)]),
    # "the militant group's spokesman": the armed group named before, not a speaker of its own
    ("somalia", "Al-Shabaab fighters stormed a base near Baidoa, a Somali army officer said. "
     "The militant group's military spokesman said its fighters had killed 31 soldiers.",
     [("shabaab", "sna", "killed", 31, 31, 31)]),
    # ... while "the rebel movement's spokesman" names its role
    ("drc", "Fighting resumed near Masisi, a civil society leader said. In a statement, the "
     "rebel movement's spokesman said its forces had killed 23 Congolese soldiers.",
     [("m23", "fardc", "killed", 23, 23, 23)]),
    # "the group" is no army that spoke before it
    ("drc", "The Congolese army said it had lost two soldiers near Goma. The group said it had "
     "killed 20 soldiers.",
     [("fardc", "fardc", "killed", 2, 2, 2), (None, "fardc", "killed", 20, 20, 20)]),
    # an armed group's "soldiers had lost their lives" are the army's, not its own
    ("pakistan_bla", "The Baloch Liberation Army claimed the attack in a statement. The "
     "group's spokesman said its fighters had killed 12 army personnel, and that 31 soldiers "
     "had lost their lives when troops tried to storm its positions.",
     [("bla", "pak_army", "killed", 12, 12, 12), ("bla", "pak_army", "killed", 31, 31, 31)]),
    # ... not a state's own soldiers, nor a group's that names no fighters of its own
    ("ukraine_troops", "Russia's defence ministry said 20 soldiers had lost their lives when a "
     "Ukrainian missile struck a training ground.",
     [("russia", "russia", "killed", 20, 20, 20)]),
    ("sudan", "The RSF said 12 soldiers had lost their lives defending the camp at Zamzam from "
     "an army assault.",
     [("rsf", "rsf", "killed", 12, 12, 12)]),
    # a claim another speaker denies is its owner's: "a claim by X, ..., that", "X's claim"
    ("drc", "The army dismissed as fake news a claim by the M23, circulated online, that 15 "
     "soldiers had died in the raid.",
     [("m23", "fardc", "killed", 15, 15, 15)]),
    ("somalia", "The Somali army said four soldiers were killed, dismissing as false "
     "al-Shabaab's assertion that it had killed dozens of soldiers.",
     [("shabaab", "sna", "killed", 24, 24, 99), ("sna", "sna", "killed", 4, 4, 4)]),
    # ... and a claim the denier makes after it is the denier's own
    ("drc", "The army rejected the M23's claim that 40 soldiers had been killed, and said its "
     "troops had killed 12 rebels.",
     [("fardc", "m23", "killed", 12, 12, 12), ("m23", "fardc", "killed", 40, 40, 40)]),
    # "the enemy losses" in a party's tally are its adversary's, and so is the gear listed
    ("ukraine", "The enemy losses amounted to up to 380 servicemen, a tank and two field "
     "artillery guns, Russia's defence ministry said.",
     [("ru_army", "ua_army", "equipment_destroyed", 1, 1, 1), ("ru_army", "ua_army",
                                                             "equipment_destroyed", 2, 2, 2),
      ("ru_army", "ua_army", "killed_or_wounded", N, 380, 380)]),
    # ... also when a quotation opens on the tally
    ("ukraine", "Russia's defence ministry said its troops had inflicted losses on the "
     "Ukrainian army of \"up to 380 servicemen, a tank and two field artillery guns\".",
     [("ru_army", "ua_army", "equipment_destroyed", 1, 1, 1), ("ru_army", "ua_army",
                                                             "equipment_destroyed", 2, 2, 2),
      ("ru_army", "ua_army", "killed_or_wounded", N, 380, 380)]),
    # a part of the items counted, past the speaker put between
    ("ukraine", "Russian air defences destroyed 41 Ukrainian drones overnight, according to "
     "Russia's defence ministry, 22 of them over the Bryansk region.",
     [("ru_army", "ua_army", "equipment_destroyed", 22, 22, 22), ("ru_army", "ua_army",
                                                                 "equipment_destroyed", 41,
                                                                 41, 41)]),
    # the weapon that "had destroyed" a counted object acts, it is no loss
    ("sudan", "A military source said army drones had destroyed eight RSF combat vehicles near "
     "Bara.",
     [("local_sources", "rsf", "equipment_destroyed", 8, 8, 8)]),
    ("sudan", "The RSF said two army drones had been destroyed near Bara.",
     [("rsf", "saf", "equipment_destroyed", 2, 2, 2)]),
    # people "among the dead" with no figure add no claim; people told one by one do
    ("yemen_civilians", "A ministry spokesman said women and children were among the dead, "
     "without giving a breakdown.",
     []),
    ("sudan", "The Sudan Doctors Network said a woman and her son were among the dead.",
     [("sd_doctors", "civilians", "killed", 2, 2, 2)]),
    # ... nor is a party's people seen "among the prisoners" dropped (a capture, no figure)
    ("sahel", "According to videos shared by the rebels, Malian soldiers were seen among the "
     "prisoners.",
     [(None, "fama", "captured", N, N, N)]),
    # "half a million" is no count of one
    ("syria", "More than half a million people were killed in the 13-year civil war, residents "
     "said.",
     []),
    # a group's standing record ("is blamed for thousands of deaths") is no claim of the event
    ("drc_adf", "ADF fighters killed 12 villagers near Beni on Sunday, residents said. The group, "
     "which pledged allegiance to the Islamic State in 2019, is blamed for thousands of "
     "civilian deaths in the region.",
     [("local_sources", "civilians", "killed", 12, 12, 12)]),
    # "made no mention of soldiers being captured": nothing said, no zero
    ("sudan", "The RSF said it had captured the town. The army statement made no mention of "
     "soldiers being captured.",
     []),
    # ... while the denier's own figure after it stays the denier's
    ("sudan", "The Sudanese army denied the RSF's claim that it had killed 50 soldiers in "
     "Babanusa and put its own losses at seven.",
     [("rsf", "saf", "killed", 50, 50, 50), ("saf", "saf", "killed_or_wounded", 7, 7, 7)]),
    # equipment "shot down over Belgorod" or "destroyed over the weekend" is lost, not acting
    ("ukraine", "Russia's defence ministry said 18 Ukrainian drones shot down over Belgorod had "
     "damaged power lines.",
     [("ru_army", "ua_army", "equipment_destroyed", 18, 18, 18)]),
    ("ukraine", "Ukraine's air force said it downed 40 Russian drones, and that two drones downed "
     "about 10 km from Kyiv hit a warehouse.",
     [("ua_army", "ru_army", "equipment_destroyed", 2, 2, 2), ("ua_army", "ru_army",
                                                             "equipment_destroyed", 40, 40, 40)]),
    # people "among the dead" in the sentence after a toll, with no speaker of their own: a
    # part of that toll, in its speaker's voice (one that names its own speaker keeps it)
    ("yemen", "A US strike on a port in Hodeidah killed 12 people, the Houthis said. Three "
     "children were among the dead.",
     [("houthis", "civilians", "killed", 12, 12, 12), ("houthis", "civilians", "killed", 3, 3,
                                                       3)]),
    ("yemen", "A US strike on a port in Hodeidah killed 12 people. Three children were among "
     "the dead, residents said.",
     [("local_sources", "civilians", "killed", 3, 3, 3), ("outlet", "civilians", "killed", 12,
                                                          12, 12)]),
    # "the militant group" is the one such group named; "the enemy had lost" is the
    # speaker's adversary, the table's one when the article names none
    ("nigeria", "The Nigerian army said troops killed 30 ISWAP fighters near Bama. The militant "
     "group said in a statement that it had killed 20 soldiers.",
     [("iswap", "nga_army", "killed", 20, 20, 20), ("nga_army", "iswap", "killed", 30, 30, 30)]),
    ("colombia", "The Colombian army said the enemy had lost 12 fighters near Tame.",
     [("col_army", "eln", "killed", 12, 12, 12)]),
    # a part after a toll counted "so far"
    ("sahel", "\"We have found nine bodies so far, three of them women,\" a resident told "
     "AFP.",
     [("local_sources", "civilians", "killed", 3, 3, 3), ("local_sources", "civilians",
                                                          "killed", 9, 9, 9)]),
    # an unnamed fighter whose men killed another party's men speaks for that party's one
    # foe in the table (past a video's "posted" and a scene with a loss word in it)
    ("sudan", "In a clip posted on Telegram, a field commander standing beside burned-out "
     "trucks said his men had killed 120 army soldiers near Bara and captured 25 others.",
     [("rsf", "saf", "captured", 25, 25, 25), ("rsf", "saf", "killed", 120, 120, 120)]),
    ("drc", "One commander said his fighters had overrun the hill, killing 14 Congolese "
     "soldiers.",
     [("m23", "fardc", "killed", 14, 14, 14)]),
    # ... nor a commander counting his own dead ("a rebel commander": the rebels), nor one
    # of a party the sentence names
    ("drc", "A rebel commander said 14 of his fighters had been killed.",
     [("m23", "m23", "killed", 14, 14, 14)]),
    ("sudan", "A field commander said 14 of his fighters had been killed.",
     [(N, N, "killed", 14, 14, 14)]),
    ("sudan", "An RSF field commander said his men had killed 30 soldiers of the army.",
     [("rsf", "saf", "killed", 30, 30, 30)]),
    # ... nor a fighter whose victims' party has two foes in the table (the army, the AU)
    ("somalia", "A fighter said his comrades had killed 30 militants of al-Shabaab.",
     [(N, "shabaab", "killed", 30, 30, 30)]),
    # "regime troops", the table's word for the junta's men, stay the junta's in an article
    # that names a group called an army (not the last "army" named)
    ("myanmar_aa", "The Arakan Army said about 40 regime troops were killed in the final "
     "assault on the base.",
     [("aa", "tatmadaw", "killed", 40, 40, 40)]),
    # ... and bare "soldiers" are the state's, not an armed group's called an army
    ("myanmar_aa", "The Arakan Army said it had killed 30 soldiers in Buthidaung and lost "
     "12 of its fighters.",
     [("aa", "aa", "killed", 12, 12, 12), ("aa", "tatmadaw", "killed", 30, 30, 30)]),
    # two parties joined by a slash are both parties ("Boko Haram/ISWAP terrorists")
    ("nigeria", "The Nigerian army said troops had \"neutralised 23 Boko Haram/ISWAP "
     "terrorists\" near Gwoza.",
     [("nga_army", "iswap+boko_haram", "killed", 23, 23, 23)]),
    # a toll broken down with its last part's verb left out ("and the other eight VDP"), of
    # prisoners, and by the party each part "belonged to", the first part too
    ("burkina", "Of the 23 dead, 15 were soldiers and the other eight members of the VDP, a "
     "security source said.",
     [("local_sources", "bf_army", "killed", 15, 15, 15),
      ("local_sources", "bf_army+vdp", "killed", 23, 23, 23),
      ("local_sources", "vdp", "killed", 8, 8, 8)]),
    ("myanmar", "The PDF said 61 of the prisoners were soldiers of the Myanmar military and the "
     "remaining 12 were police officers.",
     [("pdf", "tatmadaw", "captured", 12, 12, 12), ("pdf", "tatmadaw", "captured", 61, 61, 61)]),
    ("syria", "The monitor said 40 of the dead belonged to factions of the Syrian National Army "
     "and the other 11 to the SDF.",
     [("intl_observers", "sdf", "killed", 11, 11, 11),
      ("intl_observers", "sna", "killed", 40, 40, 40)]),
    # a role with its country, then the name in apposition: the role speaks (not the army
    # named nearest, which a bare rank would be read as)
    ("drc_rwanda", "FARDC units held the ridge. A Rwandan military spokesman, Colonel Jean "
     "Mugabo, said two Rwandan soldiers had been lightly injured.",
     [("rdf", "rdf", "wounded", 2, 2, 2)]),
    # a force's local branch is the force: "district police spokesman"
    ("colombia_police", "Two policemen were killed when gunmen opened fire on a checkpoint in "
     "Tame district late on Saturday, district police spokesman Carlos Ruiz said.",
     [("col_police", "col_police", "killed", 2, 2, 2)]),
    # an earlier event a report sets its own against is no claim
    ("sahel", "The clashes were the deadliest in the north since July 2024, when rebels and "
     "jihadists killed dozens of Wagner fighters near the border.", []),
    ("sahel", "The ambush came three weeks after 34 soldiers were killed near Boni.", []),
    ("sahel", "It was the third attack in the region since March, when gunmen killed more than "
     "70 people at a market.", []),
    # ... not the event's own toll after a time set by the attack
    ("sahel", "Two days after the attack, the Malian army said 12 soldiers had died.",
     [("fama", "fama", "killed", 12, 12, 12)]),
    # a role, then its name between commas, then "told" an outlet: the role speaks
    ("sahel", "The FLA said it had killed 30 soldiers. Of the dead, 19 were Malian soldiers and "
     "11 were members of the JNIM, the rebel coalition's spokesman, Ahmed Ag Ali, told AFP.",
     [("fla", "fama", "killed", 19, 19, 19), ("fla", "fama", "killed", 30, 30, 30),
      ("fla", "jnim", "killed", 11, 11, 11)]),
    # "the group's fighters" in an armed group's words, after it boasted of killing a
    # pro-government militia's men: the group's own, not the militia's
    ("somalia_macawisley", "Al-Shabaab's spokesman said the group had killed 30 soldiers and "
     "\"apostate militiamen\" near Jowhar. He said four of the group's fighters had been "
     "martyred.",
     [("shabaab", "sna+macawisley", "killed", 30, 30, 30),
      ("shabaab", "shabaab", "killed", 4, 4, 4)]),
    # a breakdown's head with the people and their fate ("Of the 41 people killed,")
    ("sudan", "Of the 41 people killed, 12 were children and nine were women, medics said.",
     [("local_sources", "civilians", "killed", 41, 41, 41),
      ("local_sources", "civilians", "killed", 12, 12, 12),
      ("local_sources", "civilians", "killed", 9, 9, 9)]),
    # a headline's bare "ministry", the table's one ministry; a spokesman named by his
    # party's role ("the rebels' military spokesman")
    ("ukraine", "30 Ukrainian soldiers killed near Kupiansk, ministry says",
     [("ru_army", "ua_army", "killed", 30, 30, 30)]),
    ("yemen_us", "In a televised address, the rebels' military spokesman said Houthi forces had "
     "killed 40 Yemeni government forces in Marib.",
     [("houthis", "yemen_gov", "killed", 40, 40, 40)]),
    # "the communiqué said": the party that issued the communiqué an earlier sentence
    # introduced, though it "gave" its toll rather than said it
    ("sudan", "Two security sources told AFP that 19 soldiers died. In a communiqué read on "
     "state television, the Sudanese army gave a toll of seven dead. Air strikes also "
     "destroyed three RSF vehicles, the communiqué said.",
     [("local_sources", "saf", "killed", 19, 19, 19), ("saf", "saf", "killed", 7, 7, 7),
      ("saf", "rsf", "equipment_destroyed", 3, 3, 3)]),
    ("sudan", "Medics said 14 civilians were killed in the shelling. The RSF later issued a "
     "statement on Telegram. Its fighters had downed two army drones over Bara, the statement "
     "said.",
     [("local_sources", "civilians", "killed", 14, 14, 14),
      ("rsf", "saf", "equipment_destroyed", 2, 2, 2)]),
    # a statement named with the agency that carried it is still the army's statement
    ("burkina", "The Burkinabe army said on Sunday that nine soldiers had been killed in the "
     "attack. Four of them were officers, according to the statement carried by the national "
     "news agency.",
     [("bf_army", "bf_army", "killed", 9, 9, 9), ("bf_army", "bf_army", "killed", 4, 4, 4)]),
    # where the speaker stood is no claim of its own ("beside a burning truck")
    ("sudan", "In a video posted on Telegram, an RSF field commander standing beside a burning "
     "truck said his men had killed 40 soldiers of the Sudanese army.",
     [("rsf", "saf", "killed", 40, 40, 40)]),
    # "with each side claiming": both parties' words, not those of the party named first
    ("drc", "Fighting between M23 rebels and Congo's army spread this week, with each side "
     "claiming to have killed dozens of the other's fighters.",
     [(N, N, "killed", 24, 24, 99)]),
    # whom a speaker spoke to is not who speaks; where he serves is not what was lost
    # (officers by no name, "one of two officers", are a source, as anonymous insiders are)
    ("nigeria", "\"We lost nine men,\" one of two officers who spoke to AFP said.",
     [("local_sources", "nga_army", "killed", 9, 9, 9)]),
    ("nigeria", "\"We lost nine men,\" an officer at the base said.",
     [("nga_army", "nga_army", "killed", 9, 9, 9)]),
    # "The other said": the second of the speakers the sentence before introduced
    ("burkina", "Two residents reached by phone described the attack. One of them said at "
     "least six civilians were killed. The other said the jihadists had taken away at least 12 "
     "young men.",
     [("local_sources", "civilians", "killed", 6, 6, N),
      ("local_sources", "civilians", "captured", 12, 12, N)]),
    # an office a party runs speaks for that party
    ("yemen_us", "US strikes on Ras Isa fuel port killed 74 people, the Houthi-run health "
     "ministry said.",
     [("houthis", "civilians", "killed", 74, 74, 74)]),
    # "the army" after a group whose name holds "Army" is the state's army, a role
    ("pakistan_bla", "The Baloch Liberation Army said it had killed 90 Pakistani soldiers in "
     "an attack on a bus convoy; the army said five soldiers were killed.",
     [("bla", "pak_army", "killed", 90, 90, 90), ("pak_army", "pak_army", "killed", 5, 5, 5)]),
    # an insider the report leaves unnamed on purpose is a source, and his wish is no denial
    ("nigeria", "A Nigerian officer who asked not to be named said 12 soldiers were killed.",
     [("local_sources", "nga_army", "killed", 12, 12, 12)]),
    # (a relative clause that holds a speech verb is the speaker's, not the count's)
    ("nigeria", "A Nigerian officer who declined to be identified said 12 soldiers were killed.",
     [("local_sources", "nga_army", "killed", 12, 12, 12)]),
    ("nigeria", "Two officers posted in the region told AFP on condition of anonymity that 12 "
     "soldiers were killed.",
     [("local_sources", "nga_army", "killed", 12, 12, 12)]),
    ("nigeria", "\"We lost 11 men,\" one officer told AFP, asking not to be identified.",
     [("local_sources", "nga_army", "killed", 11, 11, 11)]),
    # ... but an unnamed official of the UN still speaks for the UN
    ("sudan", "A UN official, who asked not to be named, said about 200 civilians were killed.",
     [("intl_observers", "civilians", "killed", 200, 200, 200)]),
    # session 29: "the militant group's" spokesman after the army's officer is the armed
    # group outside the state named last, not the clan militia on the army's side; the
    # owner may stand three words before the role
    ("somalia_macawisley", "Al Shabaab fighters attacked an army camp near Jowhar at dawn. A "
     "Somali army officer, Major Hassan Farah, said four soldiers and two Macawisley fighters "
     "were killed. The insurgent group's radio operations spokesman said its men had killed 30 "
     "soldiers.",
     [("shabaab", "sna", "killed", 30, 30, 30), ("sna", "macawisley", "killed", 2, 2, 2),
      ("sna", "sna", "killed", 4, 4, 4)]),
    ("somalia_macawisley", "Al Shabaab fighters attacked an army camp near Jowhar at dawn. A "
     "Somali army officer, Major Hassan Farah, said four soldiers and two Macawisley fighters "
     "were killed. The militant group's spokesman said its men had killed 30 soldiers.",
     [("shabaab", "sna", "killed", 30, 30, 30), ("sna", "macawisley", "killed", 2, 2, 2),
      ("sna", "sna", "killed", 4, 4, 4)]),
    # ... "the insurgent group's spokesman": what kind of group, not a role of its own
    ("somalia", "Al Shabaab fighters attacked an army camp near Jowhar at dawn. The insurgent "
     "group's spokesman said its men had killed 30 soldiers.",
     [("shabaab", "sna", "killed", 30, 30, 30)]),
    # ... and after a source spoke: the armed group, never the civil society leader
    ("drc", "Fighting between M23 rebels and Wazalendo militiamen raged near Masisi, according "
     "to a civil society leader, who said nine civilians had been killed. The rebel movement's "
     "spokesman said its forces had killed 23 Wazalendo fighters.",
     [("local_sources", "civilians", "killed", 9, 9, 9), ("m23", N, "killed", 23, 23, 23)]),
    # ... an anonymous soldier's "his comrades" are his army's, whatever clause follows him
    ("somalia", "A Somali soldier who took part in the fighting told AFP, on condition of "
     "anonymity, that six of his comrades had died.",
     [("local_sources", "sna", "killed", 6, 6, 6)]),
    ("somalia", "A Somali soldier who took part in the fighting told AFP, on condition of "
     "anonymity, that six of his men had died.",
     [("local_sources", "sna", "killed", 6, 6, 6)]),
    # ... "said X had been killed ... and that its fighters had seized": the second clause's
    # agent is its fighters, not the dead of the first
    ("myanmar_aa", "The Arakan Army said 73 regime troops had been killed in the final assault "
     "on the base and that its fighters had seized three howitzers.",
     [("aa", "tatmadaw", "equipment_seized", 3, 3, 3), ("aa", "tatmadaw", "killed", 73, 73, 73)]),
    # ... "while the group claimed", "The group said" after a state force spoke: the armed
    # group named last, not the force (nor the actor opening the sentence)
    ("somalia_jubaland", "Jubaland forces said they had killed 30 al-Shabaab militants near "
     "Afmadow, while the group claimed it had killed 12 Jubaland soldiers.",
     [("jubaland", "shabaab", "killed", 30, 30, 30),
      ("shabaab", "jubaland", "killed", 12, 12, 12)]),
    ("nigeria", "The Nigerian Army said it killed 25 ISWAP fighters near Monguno, while the group "
     "said it had killed 15 soldiers.",
     [("iswap", "nga_army", "killed", 15, 15, 15), ("nga_army", "iswap", "killed", 25, 25, 25)]),
    ("nigeria", "The Nigerian Army said it killed 25 ISWAP fighters near Monguno. The group said "
     "it had killed 15 soldiers.",
     [("iswap", "nga_army", "killed", 15, 15, 15), ("nga_army", "iswap", "killed", 25, 25, 25)]),
    # a surname alone is the speaker the article introduced, whoever he speaks for (a local
    # official here, not only a party's officer)
    ("somalia", "Ahmed Hassan Yusuf, the district commissioner, said seven civilians were "
     "killed. Yusuf said 12 al-Shabaab fighters died in the fighting.",
     [("local_sources", "civilians", "killed", 7, 7, 7),
      ("local_sources", "shabaab", "killed", 12, 12, 12)]),
    # a unit's commander is an officer of the army; a deputy speaks for what his chief does
    ("somalia", "Captain Abdi Nur Farah, a company commander in the town, said nine al-Shabaab "
     "fighters were killed.", [("sna", "shabaab", "killed", 9, 9, 9)]),
    ("haiti", "Deputy spokesman Marc-Antoine Jeune told reporters that officers had seized four "
     "rifles from the gang members. Two officers were wounded, he said.",
     [("haiti_police", "haiti_police", "wounded", 2, 2, 2),
      ("haiti_police", "viv_ansanm", "equipment_seized", 4, 4, 4)]),
    # a role's possessive owns the losses put at a figure; a country's police are its police
    ("somalia", "The district commissioner said the attack had been repelled. He put the "
     "army's losses at six dead and nine wounded.",
     [("local_sources", "sna", "killed", 6, 6, 6), ("local_sources", "sna", "wounded", 9, 9, 9)]),
    ("haiti", "Haiti police say 20 gang members killed in Port-au-Prince clash",
     [("haiti_police", "viv_ansanm", "killed", 20, 20, 20)]),
    # "gave a different account:" speaks for what follows the colon
    ("burkina", "The army said 12 soldiers were killed. A security source gave a different "
     "account: 20 soldiers and four VDP members dead, and three soldiers missing.",
     [("bf_army", "bf_army", "killed", 12, 12, 12),
      ("local_sources", "bf_army", "killed", 20, 20, 20),
      ("local_sources", "bf_army", "missing", 3, 3, 3),
      ("local_sources", "vdp", "killed", 4, 4, 4)]),
    # "The statement, signed by spokesman X,": the statement of the speaker before, not a new
    # voice named X; "said the militiamen had attacked ...": a clause, not a speaker after
    # "said"; "gave a higher toll:" speaks for the figures after the colon
    ("sahel", "Eleven Malian soldiers were killed when assailants stormed a post, the defence "
     "ministry said. The statement, signed by spokesman Colonel Souleymane Ibrahim Dembele, "
     "said the unit had neutralised dozens of terrorists.",
     [("fama", "fama", "killed", 11, 11, 11), ("fama", "jnim", "killed", 24, 24, 99)]),
    ("ethiopia", "Ethiopia's army said on Friday its troops had killed 200 Fano fighters. The "
     "statement, read on state television, said the militiamen had attacked army positions near "
     "the town before being routed, and that four soldiers had been killed.",
     [("endf", "endf", "killed", 4, 4, 4), ("endf", "fano", "killed", 200, 200, 200)]),
    ("haiti", "Medecins Sans Frontieres gave a higher toll: 30 gang members killed.",
     [("intl_observers", "viv_ansanm", "killed", 30, 30, 30)]),
    # a named man "who lives in a village near the camp" saw it: a local source
    ("myanmar", "Ko Aung Min, who lives in a village near the camp, said he had helped bury "
     "more than 20 soldiers.", [("local_sources", "tatmadaw", "killed", 21, 21, N)]),
    # "put its own provisional toll at": the speaker's own losses, so what its soldiers
    # recovered in the same breath is the adversary's
    ("sahel", "JNIM fighters attacked a post near Gao. In a statement, the Malian army put its "
     "own provisional toll at five dead and nine wounded, two of them seriously, and said "
     "soldiers had recovered four motorbikes.",
     [("fama", "fama", "killed", 5, 5, 5), ("fama", "fama", "wounded", 2, 2, 2),
      ("fama", "fama", "wounded", 9, 9, 9), ("fama", "jnim", "equipment_seized", 4, 4, 4)]),
    # a denial that any of its members "had died"; a soldier's terms of service
    ("pakistan", "The TTP said its fighters had ambushed a convoy and killed nine soldiers, and "
     "denied that any of its members had died.",
     [("ttp", "pak_army", "killed", 9, 9, 9), ("ttp", "ttp", "killed", 0, 0, 0)]),
    ("colombia", "The Colombian army said ELN guerrillas ambushed a patrol in Arauca. The dead "
     "were a corporal and four professional soldiers, it said.",
     [("col_army", "col_army", "killed", 1, 1, 1), ("col_army", "col_army", "killed", 4, 4, 4)]),
    # "of them" after "the army and its allied militias": both, the allies the one named
    ("burkina", "JNIM said its fighters had ambushed the army and its allied militias near "
     "Djibo, killing 30 of them. The VDP, the army's civilian auxiliaries, did not comment.",
     [("jnim", "bf_army+vdp", "killed", 30, 30, 30)]),
    # "said it had admitted 30 wounded": a hospital's patients, not an admission by "it"
    ("gaza", "An Israeli strike on a school in Khan Younis killed 14 people, Gaza's health "
     "ministry said. Nasser Hospital said it had received 12 bodies and had admitted 30 wounded.",
     [("gaza_moh", "civilians", "killed", 14, 14, 14),
      ("local_sources", "civilians", "killed", 12, 12, 12),
      ("local_sources", "civilians", "wounded", 30, 30, 30)]),
    # a place's own head is a local voice; the head of a party's unit speaks for the party
    ("burkina", "The head of Solle village, Issa Ouedraogo, said jihadists had killed 12 "
     "villagers.", [("local_sources", "civilians", "killed", 12, 12, 12)]),
    ("sahel", "The head of the JNIM unit said his fighters had killed 20 Malian soldiers.",
     [("jnim", "fama", "killed", 20, 20, 20)]),
    # a named person whose apposition refers back ("a spokesman for the movement") speaks for
    # the party it refers to; a base's commander for the army
    ("sahel", "The Azawad Liberation Front (FLA) said its fighters had repelled a Malian column "
     "near Anefis. Ahmed Ag Bilal, a spokesman for the movement, said the rebels had lost "
     "three fighters.", [("fla", "fla", "killed", 3, 3, 3)]),
    ("somalia", "Al-Shabaab fighters stormed a Somali army base on Friday. \"We lost 15 soldiers "
     "and 22 were wounded,\" Captain Ali Farah, the base's deputy commander, told Reuters.",
     [("sna", "sna", "killed", 15, 15, 15), ("sna", "sna", "wounded", 22, 22, 22)]),
    # a soldier's "comrades" are his army's; "its soldiers" is no title naming the soldier
    # who spoke before; an insider commander unnamed on purpose is a source
    ("mozambique", "Islamic State said its fighters had killed 12 Mozambican soldiers at "
     "Chitunda. A soldier who took part in the fighting told Lusa, on condition of anonymity, "
     "that seven comrades fell. Rwanda's Defence Force said its soldiers had joined the "
     "pursuit and killed nine insurgents, and reported no casualties in its ranks.",
     [("is_moz", "fadm", "killed", 12, 12, 12), ("local_sources", "fadm", "killed", 7, 7, 7),
      ("rdf", "is_moz", "killed", 9, 9, 9), ("rdf", "rdf", "killed_or_wounded", 0, 0, 0)]),
    ("syria", "A commander in the Syrian National Army, who spoke on condition of anonymity, "
     "said the factions had lost 20 men and had captured eight SDF fighters.",
     [("local_sources", "sdf", "captured", 8, 8, 8),
      ("local_sources", "sna", "killed", 20, 20, 20)]),
    # a speech verb closing the sentence whose subject the parser took for the counted noun;
    # a rank in apposition is the same person; "wounded civilians had been admitted" is no
    # admission
    ("nigeria", "ISWAP fighters overran a base at Dalwa on Sunday, killing at least nine "
     "soldiers including the base commander, a major, two security sources told AFP.",
     [("local_sources", "nga_army", "killed", 1, 1, 1),
      ("local_sources", "nga_army", "killed", 9, 9, N)]),
    ("sudan", "Medics at the town's only hospital said 31 civilians had been killed by RSF "
     "shelling, and that more than 70 wounded civilians had been admitted.",
     [("local_sources", "civilians", "killed", 31, 31, 31),
      ("local_sources", "civilians", "wounded", 71, 71, N)]),
    # "the army's spokesman": of two armies, the one that spoke before, not a foreign army
    # named in between
    ("drc_rwanda", "The Congolese army said its troops had killed 44 M23 rebels, whom it "
     "accuses of fighting beside the Rwandan army. The army's spokesman for the sector put "
     "its own losses at six dead.",
     [("fardc", "fardc", "killed", 6, 6, 6), ("fardc", "m23", "killed", 44, 44, 44)]),
    # a quotation over two sentences closed by "one resident, NAME, said": the resident
    ("somalia", "Al-Shabaab fighters stormed a base on Friday. \"In the morning we saw the "
     "bodies of 11 soldiers by the gate. The fighting had lasted about three hours,\" one "
     "resident, Faadumo Xasan, said.", [("local_sources", "sna", "killed", 11, 11, 11)]),
    # a displacement camp's administration is a local voice
    ("yemen", "The administration of a nearby displacement camp said two children were wounded "
     "when a shell landed between its tents.",
     [("local_sources", "civilians", "wounded", 2, 2, 2)]),
    # a speaker with two verbs: "The ministry blamed X and said ...": the ministry speaks, and
    # what its side destroyed is X's
    ("burkina", "Burkina Faso's defence ministry said 12 soldiers had been killed. The ministry "
     "blamed the raid on JNIM and said the counter-attack, backed by drones, had put about 30 "
     "assailants out of action and destroyed \"more than 20 motorcycles\".",
     [("bf_army", "bf_army", "killed", 12, 12, 12),
      ("bf_army", "jnim", "equipment_destroyed", 21, 21, N),
      ("bf_army", "jnim", "killed_or_wounded", 30, 30, 30)]),
    # "soldiers" in an army's own account are its own, not a foreign army's named after them
    ("drc_rwanda", "The Congolese army said the M23 had attacked its positions near Goma. Its "
     "spokesman, Major Jean Kabeya, said eight soldiers had been killed and 14 wounded, and that "
     "troops had killed 35 fighters, ten of them members of the Rwanda Defence Force.",
     [("fardc", "fardc", "killed", 8, 8, 8), ("fardc", "fardc", "wounded", 14, 14, 14),
      ("fardc", "rdf", "killed", 10, 10, 10), ("fardc", "rdf", "killed", 35, 35, 35)]),
    # a deputy's title before his name ("Deputy Defence Minister X"): the army's voice
    ("somalia", "Deputy Defence Minister Ahmed Nur Warsame told state radio that six soldiers "
     "had died defending the base.", [("sna", "sna", "killed", 6, 6, 6)]),
    # "Two of them, reached by telephone," refers back, and so does "One of them" after it
    ("burkina", "Residents told a different story. Two of them, reached by telephone, said the "
     "bombs had killed at least 30 civilians. One of them said he had helped bury 22 of the "
     "dead.",
     [("local_sources", "civilians", "killed", 22, 22, 22),
      ("local_sources", "civilians", "killed", 30, 30, N)]),
    # "declined to give details": "details" a noun, no speaker of what comes before it
    ("ukraine", "The Ukrainian army said it had repelled a Russian assault near Polohy. Its "
     "spokesman said the army had lost three soldiers killed and 11 wounded, but declined to "
     "give details.",
     [("ua_army", "ua_army", "killed", 3, 3, 3), ("ua_army", "ua_army", "wounded", 11, 11, 11)]),
    # "three more soldiers" in a state's account, its country named in the speaker's words
    ("caucasus", "Armenia's defence ministry said two of its servicemen were killed and four "
     "wounded when Azerbaijani units opened fire, and that three more soldiers were "
     "unaccounted for.",
     [("armenia", "armenia", "killed", 2, 2, 2), ("armenia", "armenia", "missing", 3, 3, 3),
      ("armenia", "armenia", "wounded", 4, 4, 4)]),
    # a relative clause's "it" speaks for the party the sentence opens on
    ("nigeria", "Meanwhile, the United Nations has called for an inquiry into an air strike on a "
     "village in Zamfara, which it said killed at least 16 villagers.",
     [("intl_observers", "civilians", "killed", 16, 16, N)]),
    # "The rebels" of a table whose side label is "separatists": that armed group, and what
    # it seized is its adversary's
    ("mali_separatists", "The rebels said they had seized three of the column's armoured "
     "vehicles.", [("fla", "fama", "equipment_seized", 3, 3, 3)]),
    # an unnamed man with a clause of his own speaks as a witness, and so does the quotation
    # that follows his
    ("burkina", "\"There were no fighters in the market,\" said a man who lost relatives. "
     "\"We buried 38 people ourselves.\"", [("local_sources", "civilians", "killed", 38, 38, 38)]),
    # a soldier who asked not to be named, heard again as "he" after his quotation
    ("ukraine", "Ukraine's armed forces said three soldiers were killed near Pokrovsk. A soldier "
     "from the brigade, who asked not to be named, told Reuters the toll was higher. \"At "
     "least 12 of my comrades are dead,\" he said.",
     [("local_sources", "ua_army", "killed", 12, 12, N),
      ("ua_army", "ua_army", "killed", 3, 3, 3)]),
    # "the regime" a rebel says lost men is the state's army
    ("ethiopia", "\"The regime lost 90 soldiers and we lost four,\" a Fano spokesman said.",
     [("fano", "endf", "killed", 90, 90, 90), ("fano", "fano", "killed", 4, 4, 4)]),
    # "the toll on the friendly side": the army's own; gear "abandoned by the enemy": the
    # enemy's
    ("burkina", "Burkina Faso's army said the toll on the friendly side stood at five dead, "
     "adding that troops had recovered 14 motorcycles abandoned by the enemy.",
     [("bf_army", "bf_army", "killed", 5, 5, 5),
      ("bf_army", "jnim", "equipment_seized", 14, 14, 14)]),
    # prisoners taken from the several parties just killed in the same sentence
    ("burkina", "JNIM said it had killed \"more than 60 soldiers and militiamen\" and taken "
     "nine prisoners.",
     [("jnim", "bf_army+vdp", "captured", 9, 9, 9), ("jnim", "bf_army+vdp", "killed", 61, 61, N)]),
    # a part after "there": "Seven people died there, three of them children"
    ("mali_allies", "Residents said one strike hit a well. \"Seven people died there, two of them "
     "children,\" one of them said.",
     [("local_sources", "civilians", "killed", 2, 2, 2),
      ("local_sources", "civilians", "killed", 7, 7, 7)]),
    # an unnamed source of a country's forces is a source, whatever demonym the table lists
    ("mozambique", "A Mozambican military source said six Islamic State fighters were killed "
     "when the patrol returned fire.", [("local_sources", "is_moz", "killed", 6, 6, 6)]),
    # "one of their commanders": of the armed group just named, not the speaker before it
    ("drc_coalition", "The army said it killed 30 M23 fighters. It gave no toll for the "
     "Wazalendo, the militias that fight beside it. One of their commanders in Masisi said by "
     "telephone that his group had buried 14 of its fighters.",
     [("fardc", "m23", "killed", 30, 30, 30), ("wazalendo", "wazalendo", "killed", 14, 14, 14)]),
    ("somalia_macawisley", "Fighters of the Macawisley also took part, and one of their "
     "commanders, Ali Gaab, said his men had lost two fighters.",
     [("macawisley", "macawisley", "killed", 2, 2, 2)]),
    # a lump whose militia comes first, and a lump with its second head in quotation marks
    ("burkina", "JNIM said its fighters had killed 70 \"militiamen and soldiers\".",
     [("jnim", "bf_army+vdp", "killed", 70, 70, 70)]),
    ("mali_allies", "The FLA said its fighters had killed \"more than 40\" Malian soldiers and "
     "Russian \"instructors\".", [("fla", "fama+africa_corps", "killed", 41, 41, N)]),
    # "the rebels lost four fighters" after the army's losses: the rebels' own
    ("drc", "The M23 said the army had lost 40 soldiers while the rebels lost four fighters.",
     [("m23", "fardc", "killed", 40, 40, 40), ("m23", "m23", "killed", 4, 4, 4)]),
    # one claim told twice by one speaker, in the report's words and then in his quotation,
    # is one row; a headline and the body's quotation stay two
    ("nigeria", "Nine soldiers were killed when ISWAP fighters overran the base, one of the "
     "officers said. \"We lost nine men and 14 others were wounded,\" he said.",
     [("nga_army", "nga_army", "killed", 9, 9, 9),
      ("nga_army", "nga_army", "wounded", 14, 14, 14)]),
    ("nigeria", "Nigerian army says 12 soldiers killed in ambush\n\n\"We lost 12 soldiers,\" the "
     "Nigerian army said in a statement.",
     [("nga_army", "nga_army", "killed", 12, 12, 12),
      ("nga_army", "nga_army", "killed", 12, 12, 12)]),
]


@pytest.mark.parametrize(("war", "text", "expected"), CASES, ids=[c[1][:40] for c in CASES])
def test_discourse(war, text, expected, tmp_path):
    assert rows_in(text, war, tmp_path) == sorted(expected, key=str)
