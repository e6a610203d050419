"""Casualty wording beyond the core verbs, and the background tolls a report gives beside
its event: each a sentence in our own words under an analyst's table of the war's parties.
("paid the supreme price", "helped bury", "trapped under the rubble"; "between October and
June", "The war began when ...", "since the ceasefire took effect")."""

from __future__ import annotations

import pytest
from war_tables import N, rows_in

CASES = [
    # an army's words for its dead and wounded, and the epithets it gives them
    ("nigeria", "The Nigerian army said four gallant soldiers paid the supreme price while six "
     "others sustained gunshot injuries in the ambush.",
     [("nga_army", "nga_army", "killed", 4, 4, 4),
      ("nga_army", "nga_army", "wounded", 6, 6, 6)]),
    ("sudan", "The RSF said three of its brave fighters paid the ultimate price near Bara.",
     [("rsf", "rsf", "killed", 3, 3, 3)]),
    # "martyring" as an active verb, its part after it
    ("sudan", "The militia struck a school with three drones, martyring 19 civilians, seven of "
     "them children, the Sudanese army said.",
     [("saf", "civilians", "killed", 19, 19, 19), ("saf", "civilians", "killed", 7, 7, 7)]),
    # a place between the count and "died" ("at the base", "on both sides")
    ("sudan", "Twelve soldiers at the base perished in the fire, the Sudanese army said.",
     [("saf", "saf", "killed", 12, 12, 12)]),
    # people "not heard from" since the attack are missing (the "not" is the outcome's)
    ("sudan", "The drivers' union said five drivers had been killed and seven others had not "
     "been heard from since the ambush.",
     [(N, "civilians", "killed", 5, 5, 5), (N, "civilians", "missing", 7, 7, 7)]),
    # a reservist is his army's; "members of two families" are civilians; a base commander
    # is an officer of the army
    ("gaza", "The Israeli army said a 34-year-old reservist had been killed in the southern "
     "Gaza Strip.", [("idf", "idf", "killed", 1, 1, 1)]),
    ("gaza", "An Israeli strike on a house killed at least 17 members of two families, medics "
     "said.", [("local_sources", "civilians", "killed", 17, 17, N)]),
    ("somalia", "The base commander was among the wounded, an army officer said.",
     [("local_sources", "sna", "wounded", 1, 1, 1)]),
    # the speaker's aside between the verb and its count; the outcome opening the sentence
    ("sudan", "The strike killed, according to the army, 15 RSF fighters near the bridge.",
     [("saf", "rsf", "killed", 15, 15, 15)]),
    ("sahel", "The attack killed, according to a local official, at least 20 civilians.",
     [("local_sources", "civilians", "killed", 20, 20, N)]),
    ("sudan", "Killed in the shelling were four soldiers, the army said.",
     [("saf", "saf", "killed", 4, 4, 4)]),
    ("ukraine", "Wounded in the attack on the market were three children, local officials said.",
     [("local_sources", "civilians", "wounded", 3, 3, 3)]),
    # ... but a negated outcome is still none
    ("sudan", "The drivers' union said seven drivers had not been killed.", []),
    # captives: a party "holding" soldiers, attackers who "took N men away" or "carried off"
    ("sahel", "The FLA said it had seized a pick-up and was holding three Malian soldiers.",
     [("fla", "fama", "captured", 3, 3, 3)]),
    ("sahel", "Residents said the jihadists took seven young men away.",
     [("local_sources", "civilians", "captured", 7, 7, 7)]),
    ("nigeria", "Residents said the insurgents carried off several children.",
     [("local_sources", "civilians", "captured", 3, 3, 9)]),
    # ... not positions "held" with soldiers
    ("sahel", "The Malian army said it was holding positions near Boni with 300 soldiers.", []),
    # ... but the wounded taken or carried away are evacuated, positions held are places
    ("nigeria", "Ambulances took nine wounded soldiers away to Maiduguri after the ISWAP "
     "attack, residents said.",
     [("local_sources", "nga_army", "wounded", 9, 9, 9)]),
    ("sahel", "Malian soldiers carried off their five wounded comrades under fire, FAMa said.",
     [("fama", "fama", "wounded", 5, 5, 5)]),
    ("sudan", "The Sudanese army said it was holding three RSF positions east of the Nile.", []),
    # ... and a party "involved in heavy fighting since May" still killed 30 on Thursday
    ("sudan", "The RSF has been involved in heavy fighting around El Fasher since May and "
     "killed 30 villagers on Thursday, residents said.",
     [("local_sources", "civilians", "killed", 30, 30, 30)]),
    # an army's recruits and its ranks, whatever the age
    ("somalia", "A suicide bomber struck a queue outside a Somali army training camp, killing "
     "at least 13 recruits, residents said.",
     [("local_sources", "sna", "killed", 13, 13, N)]),
    ("gaza", "The Israeli army said a 20-year-old staff sergeant had been killed in Gaza.",
     [("idf", "idf", "killed", 1, 1, 1)]),
    # a police force's "agents" are its officers
    ("haiti", "Haiti's national police said it had lost three agents in the gang attack.",
     [("haiti_police", "haiti_police", "killed", 3, 3, 3)]),
    # burying and counting the dead
    ("sudan", "A resident of the camp said he had helped bury 17 of his neighbours after the "
     "shelling.",
     [("local_sources", "civilians", "killed", 17, 17, 17)]),
    ("nigeria", 'A trader said: "I counted at least 26 corpses at the morgue."',
     [("local_sources", "civilians", "killed", 26, 26, N)]),
    # the dead "brought in" to a hospital; people rounded up and driven away are taken
    ("gaza", "Shells hit the camp on Sunday. A hospital official said four people had been "
     "brought in dead and 11 wounded.",
     [("local_sources", "civilians", "killed", 4, 4, 4),
      ("local_sources", "civilians", "wounded", 11, 11, 11)]),
    ("sudan", "RSF fighters stormed the village on Sunday. Residents said the fighters had "
     "rounded up at least 30 young men and driven them away in trucks.",
     [("local_sources", "civilians", "captured", 30, 30, N)]),
    # ... but not people rounded up and then executed, or driven to safety
    ("sudan", "RSF fighters rounded up 30 men before executing them, witnesses said.", []),
    ("sudan", "Volunteers rounded up 40 survivors and drove them to safety, aid workers said.",
     []),
    ("sudan", "RSF fighters rounded up and executed 12 young men in the village, witnesses said.",
     [("local_sources", "civilians", "killed", 12, 12, 12)]),
    # people believed under the debris, or who remain unaccounted for, are missing
    ("gaza", "A strike hit a house on Sunday. Two residents were still believed to be under the "
     "debris, medics said.",
     [("local_sources", "civilians", "missing", 2, 2, 2)]),
    ("gaza", "A strike hit a house on Sunday. Four villagers remain unaccounted for, medics said.",
     [("local_sources", "civilians", "missing", 4, 4, 4)]),
    # people under the rubble of a strike are missing
    ("gaza", "About a dozen people were believed trapped under the rubble of the building, "
     "medics said.",
     [("local_sources", "civilians", "missing", 12, 12, 12)]),
    # ... but the trapped of a siege are not
    ("sudan", "Thousands of residents remain trapped in the besieged city, the Sudan Doctors "
     "Network said, adding that shelling killed six people on Monday.",
     [("sd_doctors", "civilians", "killed", 6, 6, 6)]),
    # people "destroyed" are killed, named by their group after "members of"
    ("ethiopia", "The Ethiopian army said its troops had destroyed 70 members of the Fano "
     "militia and captured 25 more.",
     [("endf", "fano", "killed", 70, 70, 70),
      ("endf", "fano", "captured", 25, 25, 25)]),
    # a part or an apposition between a count and its verb (the part a row of its own)
    ("drc", "Six people, two of them children, were killed in a separate attack on Beni, "
     "witnesses said.",
     [("local_sources", "civilians", "killed", 6, 6, 6),
      ("local_sources", "civilians", "killed", 2, 2, 2)]),
    # ... a part of fighters makes the whole both kinds
    ("drc", "Five people, two of them M23 fighters, were killed in the clash, witnesses said.",
     [("local_sources", "m23", "killed", 2, 2, 2),
      ("local_sources", "m23+civilians", "killed", 5, 5, 5)]),
    ("sudan", "Nineteen civilians, four of them children, had been killed by Tuesday, medics "
     "said.", [("local_sources", "civilians", "killed", 19, 19, 19),
               ("local_sources", "civilians", "killed", 4, 4, 4)]),
    ("somalia", "Two civilians, a herder and his son, died in the crossfire, residents said.",
     [("local_sources", "civilians", "killed", 2, 2, 2)]),
    ("somalia", "Residents said one civilian, a tea seller, had also been killed.",
     [("local_sources", "civilians", "killed", 1, 1, 1)]),
    # ... but in a list of the dead, the part keeps its count
    ("syria", "The dead included 30 SDF fighters as well as four civilians, two of them "
     "children, killed when a drone struck a car, the UN said.",
     [("intl_observers", "sdf", "killed", 30, 30, 30),
      ("intl_observers", "civilians", "killed", 4, 4, 4),
      ("intl_observers", "civilians", "killed", 2, 2, 2)]),
    # gear of other armies' names; a counted item after "the"
    ("somalia", "Al Shabaab said its fighters had seized three battlewagons and burnt two "
     "MRAPs.",
     [("shabaab", "sna", "equipment_seized", 3, 3, 3),
      ("shabaab", "sna", "equipment_destroyed", 2, 2, 2)]),
    ("yemen", "The Yemeni government said its forces had intercepted the two missiles the "
     "Houthis fired.",
     [("yemen_gov", "houthis", "equipment_destroyed", 2, 2, 2)]),
    # a navy's people
    ("yemen", "The Yemeni government said no sailors had been wounded.",
     [("yemen_gov", "yemen_gov", "wounded", 0, 0, 0)]),
    # "N of the dead belonged to" names whose dead they were
    ("syria", "The UN said 31 of the dead belonged to the Syrian Democratic Forces.",
     [("intl_observers", "sdf", "killed", 31, 31, 31)]),
    # "the military" is the table's army though the article named only the police ...
    ("nigeria_nw", "Katsina police said gunmen killed five villagers. In Zamfara, the military "
     "said troops killed six bandits.",
     [("nga_police", "civilians", "killed", 5, 5, 5),
      ("nga_army", "bandits", "killed", 6, 6, 6)]),
    # ... but "officers" the police speak of are theirs
    ("nigeria_nw", "Katsina police said two officers had been killed in the ambush.",
     [("nga_police", "nga_police", "killed", 2, 2, 2)]),
    # a side does not seize its own gear: the enemy hit before, not its own dead
    ("somalia", "The Somali army said its men had repelled the assailants, killing 23 of them "
     "for the loss of four soldiers, and had recovered 14 motorcycles.",
     # (the assailants' party is not named: both their rows are left for review)
     [("sna", N, "killed", 23, 23, 23),
      ("sna", "sna", "killed", 4, 4, 4),
      ("sna", N, "equipment_seized", 14, 14, 14)]),
    # an office in a sentence that opens on a country is that country's; a state's army
    # listed as the "rebels" of a war between states is still named by its country
    ("ukraine_camps", "Ukraine's General Staff said its forces had destroyed nine Russian "
     "tanks. In Russia, the defence ministry said air defences had destroyed 40 Ukrainian "
     "drones overnight.",
     [("ukraine", "russia", "equipment_destroyed", 9, 9, 9),
      ("russia", "ukraine", "equipment_destroyed", 40, 40, 40)]),
    ("ukraine_camps", "Ukraine's General Staff put Russian losses at 1,050 troops killed or "
     "wounded.",
     [("ukraine", "russia", "killed_or_wounded", 1050, 1050, 1050)]),
    # the claims of another party than the one that speaks of them
    ("sahel", "The Malian army dismissed as propaganda claims by the FLA that its fighters "
     "had killed 40 soldiers near Kidal.",
     [("fla", "fama", "killed", 40, 40, 40)]),
    # background tolls beside the event: a period's, a war's since it began, how it began
    ("gaza", "An airstrike on a tent camp killed 11 people, the health ministry said. More "
     "than 60,000 people have been killed in the war, according to the ministry.",
     [("gaza_moh", "civilians", "killed", 11, 11, 11)]),
    ("gaza", "The war began when Hamas-led gunmen stormed southern Israel on October 7, 2023, "
     "killing about 1,200 people.", []),
    ("gaza", "Israel's offensive has since killed more than 58,000 Palestinians, the health "
     "ministry says.", []),
    ("haiti", "Gunmen killed nine people in Kenscoff on Sunday, the police said. A UN report "
     "said more than 4,000 people were killed across Haiti between October and June.",
     [("haiti_police", "civilians", "killed", 9, 9, 9)]),
    ("pakistan", "More than 300 soldiers were killed in the first half of the year, a think "
     "tank said, while the Pakistan Army said four soldiers died on Monday.",
     [("pak_army", "pak_army", "killed", 4, 4, 4)]),
    ("ukraine", "The UN has recorded more than 12,000 civilian deaths since Russia launched its "
     "full-scale invasion.", []),
    # a toll over a past stretch of months ("over the past year", "for the past fortnight")
    ("ethiopia", "The Ethiopian army said 14 soldiers died on Monday. The UN said at least 2,000 "
     "civilians had been killed in the Amhara conflict over the past year.",
     [("endf", "endf", "killed", 14, 14, 14)]),
    ("sahel", "Residents said no official toll had been given for the past fortnight, during "
     "which at least 60 civilians have been killed around Djenné.", []),
    # ... not an operation's own length, nor an army's "terrorists" that may be a group the
    # table does not list
    ("somalia", "The Somali army said 30 al-Shabaab fighters were killed in an operation that "
     "lasted over the past two months.", [("sna", "shabaab", "killed", 30, 30, 30)]),
    ("colombia", "The Colombian army said troops killed three terrorists of the Clan del Golfo "
     "in Antioquia.", [("col_army", N, "killed", 3, 3, 3)]),
    ("sudan", "Last year was the deadliest of the war, with at least 9,000 civilians killed, "
     "the Sudan Doctors Network said.", []),
    # review of session 12: the event beside a background toll, or that looks like one, stays
    ("haiti", "Gunmen killed nine people in Kenscoff on Sunday, the police said, adding that "
     "more than 4,000 people had been killed across Haiti between October and June.",
     [("haiti_police", "civilians", "killed", 9, 9, 9)]),
    ("gaza", "Israeli strikes have killed at least 104 people across Gaza since Tuesday, the "
     "deadliest day since the ceasefire took effect, the health ministry said.",
     [("gaza_moh", "civilians", "killed", 104, 104, N)]),
    ("sudan", "At least 40 people have been killed since the RSF launched an assault on El "
     "Fasher on Friday, the Sudan Doctors Network said.",
     [("sd_doctors", "civilians", "killed", 40, 40, N)]),
    ("drc", "Two soldiers have been killed in the war-torn east this week, witnesses said.",
     [("local_sources", "fardc", "killed", 2, 2, 2)]),
    ("nigeria", "The conflict erupted after gunmen killed 12 farmers on Saturday, the Nigerian "
     "army said.",
     [("nga_army", "civilians", "killed", 12, 12, 12)]),
    # ... and no loss is read from the found, the figurative or the unsaid
    ("ukraine", "Rescuers freed 12 people trapped under the rubble of the building, the "
     "regional governor said.", []),
    ("nigeria", "Civilians have paid the highest price in this war, the UN said.", []),
    ("ukraine", "A missile hit a cargo ship in Odesa, killing two seamen, the Ukrainian army "
     "said.", []),
    # gear that others seized after the speaker's losses stays the speaker's
    ("sahel", "Burkina Faso's army said it lost 15 soldiers and gunmen took four vehicles.",
     [("bf_army", "bf_army", "killed", 15, 15, 15),
      ("bf_army", "bf_army", "equipment_seized", 4, 4, 4)]),
    # a past war's toll, named by its years, through a clause that describes it ...
    ("sudan", "The 1983-2005 civil war, which the fighting threatens to reignite, killed an "
     "estimated two million people.", []),
    # ... beside the event, which stands, and not a record the event sets against it
    ("sudan", "Twelve people were killed in Bara on Monday in the worst fighting since the end "
     "of the 1983-2005 civil war, residents said.",
     [("local_sources", "civilians", "killed", 12, 12, 12)]),
    ("sudan", "Five civilians were killed in Bara on Monday, residents said, as fears grew of "
     "a return to the 1983-2005 civil war.",
     [("local_sources", "civilians", "killed", 5, 5, 5)]),
    # ... but the war's deadliest attack is the event
    ("sudan", "Twenty civilians were killed in the war's deadliest attack on the city this "
     "month, the Sudan Doctors Network said.",
     [("sd_doctors", "civilians", "killed", 20, 20, 20)]),
    # a running toll of the months "since January" (as "since 2012"), also in the past perfect
    # of a report ...
    ("sahel", "The UN humanitarian office said at least 60 civilians had been killed in drone "
     "strikes in the Kidal and Gao regions since January.", []),
    ("yemen", "According to the health ministry, US strikes since mid-March have killed 217 "
     "civilians.", []),
    # ... or since the war or the invasion began, also in the past perfect of a report
    ("ukraine", "The UN monitoring mission said at least 13,300 civilians had been killed in "
     "Ukraine since the invasion began.", []),
    ("sudan", "The UN says more than 20,000 people have been killed since the war broke out.",
     []),
    # ... whose time, in a relative clause, is that clause's only
    ("sudan", "Emergency Lawyers, a rights group that has documented abuses since the war "
     "began, said RSF fighters shot dead at least 31 people in the village.",
     [("intl_observers", "civilians", "killed", 31, 31, N)]),
    ("nigeria", "Boko Haram, which has killed more than 40,000 people since 2009, attacked a "
     "base on Monday, killing 12 soldiers, the Nigerian army said.",
     [("nga_army", "nga_army", "killed", 12, 12, 12)]),
    # ... but a toll "since then" or since a barrage "launched at dawn" may be the event's own,
    # and a relative clause's time does not make the main clause's total the event's
    ("sudan", "RSF fighters stormed the town on Friday. Residents said 60 people had been "
     "killed since then.",
     [("local_sources", "civilians", "killed", 60, 60, 60)]),
    # ... but "since Russia launched its full-scale invasion" is the war's
    ("ukraine", "The UN said 12,000 civilians had been killed since Russia launched its "
     "full-scale invasion.", []),
    ("myanmar", "A rights group that has documented abuses since the coup said at least 6,000 "
     "civilians had been killed.", []),
    # ... "since the start of the fighting" is the war's; "the largest city" is no record
    ("sudan", "Since the start of the fighting, the RSF has killed thousands of civilians in "
     "Darfur, the UN said.", []),
    ("ukraine", "More than 1,000 civilians have been killed in the largest city in the east since "
     "the invasion began, officials said.", []),
    # ... and a monitor's count of deaths a party "has been involved in" since a year began
    ("sahel", "ACLED says the Malian army has been involved in the deaths of more than 2,000 "
     "civilians since the start of 2022.", []),
    # ... not a party's control "since last year", a week's toll, a toll "since October 7"
    ("myanmar", "The PDF, which has controlled the township since last year, said its fighters "
     "had killed 18 junta soldiers near the town.",
     [("pdf", "tatmadaw", "killed", 18, 18, 18)]),
    ("haiti", "The network said at least 40 residents had been killed in the area since the "
     "start of the week.",
     [(N, "civilians", "killed", 40, 40, N)]),
    # ... nor the event's own count beside a toll "since mid-March", nor "the first such attack
    # since January"
    ("gaza", "The health ministry said 58 people had been killed in the past 24 hours, raising "
     "the toll since mid-March to 1,900.",
     [("gaza_moh", "civilians", "killed", 1900, 1900, 1900),
      ("gaza_moh", "civilians", "killed", 58, 58, 58)]),
    ("lebanon", "Hezbollah had killed 3 Israeli soldiers on Sunday, the Israeli military said, in "
     "the first such attack since January.",
     [("idf", "idf", "killed", 3, 3, 3)]),
    # a sentence opened by a past year is that year's only up to a clause that turns to
    # another time ("; on Monday ...")
    ("sudan", "In 2023, the RSF killed 500 people in El Geneina, the UN said; on Monday its "
     "fighters killed 30 people in the city, residents said.",
     [("local_sources", "civilians", "killed", 30, 30, 30)]),
    ("sudan", "In 2023, the RSF killed 500 people in El Geneina and 300 in Nyala, the UN said.",
     []),
    # people rescued from their captors were freed, not taken (the wounded rescued were hurt)
    ("ukraine", "Ukrainian troops rescued two wounded comrades from a trench near Pokrovsk, the "
     "army said.",
     [("ua_army", N, "wounded", 2, 2, 2)]),
    ("nigeria", "The army said troops killed 19 bandits in Zamfara and rescued 47 kidnapped "
     "victims.",
     [("nga_army", N, "killed", 19, 19, 19)]),
    # "light injuries" say how bad, not how many: the two are the count
    ("nigeria", "\"On our side, two soldiers sustained light injuries and are recovering,\" "
     "the Nigerian army said.",
     [("nga_army", "nga_army", "wounded", 2, 2, 2)]),
    # ... while "light casualties" with no count stays a claim with no figure
    ("nigeria", "The Nigerian army said its troops sustained light casualties.",
     [("nga_army", "nga_army", "killed_or_wounded", N, N, N)]),
    # a count's affiliation between it and its verb ('belonging to the "..." were sent to hell')
    ("pakistan", "The ISPR said 11 khwarij belonging to the \"Indian-sponsored\" TTP were sent "
     "to hell in North Waziristan.",
     [("pak_army", "ttp", "killed", 11, 11, 11)]),
    ("nigeria", "The Nigerian army said 14 fighters affiliated with ISWAP were killed near Bama.",
     [("nga_army", "iswap", "killed", 14, 14, 14)]),
    # a quotation opening after "had"
    ("sudan", "The RSF said nine of its own fighters had \"fallen as martyrs\" near Bara.",
     [("rsf", "rsf", "killed", 9, 9, 9)]),
    # a span of time after an intransitive outcome is no object and no count of people
    ("nigeria", "The Nigerian army said three soldiers died two days later in hospital.",
     [("nga_army", "nga_army", "killed", 3, 3, 3)]),
    ("sudan", "The RSF said 12 of its fighters died two days after the assault on Bara.",
     [("rsf", "rsf", "killed", 12, 12, 12)]),
    # a bare count that "sustained light injuries" or was "seriously wounded": hurt
    ("ethiopia", "The Ethiopian army said 19 soldiers sustained serious injuries and two "
     "sustained light injuries.",
     [("endf", "endf", "wounded", 19, 19, 19), ("endf", "endf", "wounded", 2, 2, 2)]),
    ("gaza", "The Israeli military said two soldiers were killed and five seriously wounded in "
     "southern Gaza.",
     [("idf", "idf", "killed", 2, 2, 2), ("idf", "idf", "wounded", 5, 5, 5)]),
    # a count quoted as the speaker put it, inside the reporter's sentence
    ("burkina", "JNIM said in a video that its fighters had beaten back the offensive, killing "
     "dozens of soldiers and losing \"only three brothers\".",
     [("jnim", "bf_army", "killed", 24, 24, 99), ("jnim", "jnim", "killed", 3, 3, 3)]),
    ("drc", "The M23 said it had repelled the assault and had lost \"not a single fighter\".",
     [("m23", "m23", "killed", 0, 0, 0)]),
    ("ukraine", "Russia's defence ministry said Ukrainian losses in the sector amounted to \"up "
     "to 140 servicemen\".",
     [("ru_army", "ua_army", "killed_or_wounded", N, 140, 140)]),
    # ... with the noun after the quote, or the noun in quotes after the count
    ("burkina", "A local official put the toll at \"more than 50\" soldiers and volunteers.",
     [("local_sources", "bf_army+vdp", "killed", 51, 51, N)]),
    ("somalia_macawisley", "Al-Shabaab said its fighters had killed 47 \"apostate soldiers\" "
     "and allied militia members near Jowhar.",
     [("shabaab", "sna+macawisley", "killed", 47, 47, 47)]),
    # ... and a quote that closed the noun phrase still closes it
    ("sahel", "The FLA said its fighters had killed \"at least nine soldiers of the FAMa\" and "
     "captured a pick-up truck.",
     [("fla", "fama", "killed", 9, 9, N), ("fla", "fama", "equipment_seized", 1, 1, 1)]),
    # a split whose last part is one person of a kind ("and a vigilante"); migrants
    ("nigeria_nw", "Katsina police said two policemen and a vigilante were killed.",
     [("nga_police", "nga_police", "killed", 2, 2, 2),
      ("nga_police", "vigilantes", "killed", 1, 1, 1)]),
    ("yemen_us", "The Houthis said the US strikes on a prison in Saada killed 68 migrants.",
     [("houthis", "civilians", "killed", 68, 68, 68)]),
    # a war's running toll "had risen to 61,000 since October 2023" (the count's own comma is
    # no clause break), and an army's toll since its offensive began: background
    ("gaza", "Gaza's health ministry said the death toll from the war had risen to 61,000 since "
     "October 2023.", []),
    ("gaza", "Two Israeli soldiers were killed in southern Gaza on Tuesday, the Israeli military "
     "said, bringing the army's toll since the ground offensive began to 450.",
     [("idf", "idf", "killed", 2, 2, 2)]),
    # a range written with a hyphen ("12-15"), not an age
    ("sudan", "Medics said 12-15 civilians were killed and a 12-year-old boy was wounded.",
     [("local_sources", "civilians", "killed", 12, 12, 15),
      ("local_sources", "civilians", "wounded", 1, 1, 1)]),
    # the people aboard a force's aircraft are that force's; aboard a bus, civilians
    ("myanmar", "The PDF said its fighters had shot down a military helicopter, killing all "
     "six people aboard.",
     [("pdf", "tatmadaw", "equipment_destroyed", 1, 1, 1),
      ("pdf", "tatmadaw", "killed", 6, 6, 6)]),
    ("myanmar", "The PDF said a junta air strike on a bus killed all 12 people aboard.",
     [("pdf", "civilians", "killed", 12, 12, 12)]),
    # "killed all eight soldiers"
    ("myanmar", "The PDF said it had killed all eight soldiers.",
     [("pdf", "tatmadaw", "killed", 8, 8, 8)]),
    # people "were lost": dead (a zero too); not contact or positions lost
    ("burkina", "Burkina Faso's army said a counteroffensive had killed hundreds of terrorists "
     "and that none of its men were lost.",
     [("bf_army", "jnim", "killed", 200, 200, 999), ("bf_army", "bf_army", "killed", 0, 0, 0)]),
    ("sudan", "Contact with the unit was lost and two positions were lost, the army said.", []),
    # the bodies a fleeing side left behind are its dead
    ("sudan", "The army said the RSF fighters fled, leaving behind 17 bodies.",
     [("saf", "rsf", "killed", 17, 17, 17)]),
    # losses "in lives" (and equipment) inflicted on a party
    ("sudan", "The army said troops had inflicted heavy losses in lives and equipment on the "
     "RSF.",
     [("saf", "rsf", "killed_or_wounded", N, N, N)]),
    # a relative clause between the count and "had also been killed"
    ("drc", "A civil society leader said three soldiers who were guiding the patrol had also "
     "been killed.",
     [("local_sources", "fardc", "killed", 3, 3, 3)]),
    # "taking 17 of them prisoner": captured, of the people just counted
    ("yemen_us", "The Houthis' spokesman said Houthi forces had killed 40 Yemeni government "
     "forces, taking 17 of them prisoner.",
     [("houthis", "yemen_gov", "killed", 40, 40, 40),
      ("houthis", "yemen_gov", "captured", 17, 17, 17)]),
    # Pakistan's "khwarij" when the article names no group: the table's one adversary
    ("pakistan", "Twelve soldiers were martyred and 14 khwarij killed in the exchange of "
     "fire, the ISPR said.",
     [("pak_army", "pak_army", "killed", 12, 12, 12), ("pak_army", "ttp", "killed", 14, 14, 14)]),
    # session 29: "Another said", "One said": one of the speakers just named speaks again
    ("burkina", "Jihadists attacked the army post at Diapaga on Thursday. One officer said 12 "
     "soldiers had been killed. Another said about 30 others had been wounded.",
     [("bf_army", "bf_army", "killed", 12, 12, 12), ("bf_army", "bf_army", "wounded", 30, 30, 30)]),
    ("burkina", "Jihadists attacked the army post at Diapaga on Thursday, security sources said. "
     "One said 12 soldiers had been killed.",
     [("local_sources", "bf_army", "killed", 12, 12, 12)]),
    # ... a toll of last month, and what gangs "have kidnapped this year": background
    ("pakistan", "Militant violence killed more than 80 people in Balochistan last month, "
     "according to a security think tank.", []),
    ("haiti", "Viv Ansanm gangs have kidnapped dozens of people in the area this year, demanding "
     "ransoms.", []),
    # ... "none of the dead had been armed" says what the dead were, not that none died; a
    # local notable is a local voice
    ("sahel", "A drone strike on a market at Anefis killed eight people, according to a local "
     "notable, who said none of the dead had been armed.",
     [("local_sources", "civilians", "killed", 8, 8, 8)]),
    ("sahel", "A drone strike on a market at Anefis killed eight people, according to a local "
     "notable. None of the dead was a combatant, he said.",
     [("local_sources", "civilians", "killed", 8, 8, 8)]),
    # (guard: a zero of the army's own men stays a claim)
    ("burkina", "The Burkinabe army said none of its soldiers had been killed.",
     [("bf_army", "bf_army", "killed", 0, 0, 0)]),
    # ... a police inspector speaks for the police; "an army communique" for the army
    ("haiti", "Gangs attacked a police station in Mirebalais. Inspector Gérald Désiré said two "
     "police officers had been killed.",
     [("haiti_police", "haiti_police", "killed", 2, 2, 2)]),
    ("burkina", "Jihadists attacked a convoy near Dori. An army communique issued late on Friday "
     "made no mention of losses but said air strikes had killed dozens of terrorists.",
     [("bf_army", "jnim", "killed", 24, 24, 99)]),
    # ... "six of their own" in a source's words: of the clause's subject, not the source's
    ("drc", "M23 rebels attacked Kitshanga. A civil society leader said the rebels had buried "
     "six of their own dead on Saturday.",
     [("local_sources", "m23", "killed", 6, 6, 6)]),
    # ... the bodies of missing men are dead men; found alive, they stay missing
    ("burkina", "A security source said the bodies of the three missing soldiers had been found "
     "near the ambush site.",
     [("local_sources", "bf_army", "killed", 3, 3, 3)]),
    ("burkina", "A security source said the four missing soldiers had been found alive.",
     [("local_sources", "bf_army", "missing", 4, 4, 4)]),
    # ... men "taken alive" are captured; "dissidents" are people a count may name; men
    # "receiving treatment" are wounded
    ("somalia", "Al Shabaab said on its radio that its fighters had killed 30 soldiers, taken "
     "nine others alive and driven away with four technicals.",
     [("shabaab", "sna", "captured", 9, 9, 9), ("shabaab", "sna", "equipment_seized", 4, 4, 4),
      ("shabaab", "sna", "killed", 30, 30, 30)]),
    ("colombia", "Six more dissidents were captured, said General Hernán Cárdenas, commander of "
     "the Omega task force.",
     [("col_army", N, "captured", 6, 6, 6)]),  # (dissidents are not the ELN)
    ("nigeria", "The army's spokesman said two soldiers had been killed and five others were "
     "receiving treatment.",
     [("nga_army", "nga_army", "killed", 2, 2, 2), ("nga_army", "nga_army", "wounded", 5, 5, 5)]),
    # ... local officials by any title are local voices: an elected official, a district or
    # county commissioner, a local administrator (named or not), local and security sources;
    # and the speaker "in the commune" is no one counted
    ("sahel", "JNIM fighters killed two dozen Malian soldiers near Nioro, a local elected "
     "official said.",
     [("local_sources", "fama", "killed", 24, 24, 24)]),
    ("somalia", "Fighters from al-Shabaab killed at least nine soldiers, according to Abdirahman "
     "Ali, the district commissioner.",
     [("local_sources", "sna", "killed", 9, 9, N)]),
    ("sudan", "The RSF killed 30 villagers, the county commissioner said.",
     [("local_sources", "civilians", "killed", 30, 30, 30)]),
    ("drc_adf", "According to a local administrator, Jean-Paul Mbusa, the ADF killed 18 villagers "
     "with machetes.",
     [("local_sources", "civilians", "killed", 18, 18, 18)]),
    ("burkina", "Jihadists killed at least 12 soldiers in an attack on a military detachment, "
     "local and security sources told AFP.",
     [("local_sources", "bf_army", "killed", 12, 12, N)]),
    ("burkina", "Jihadists killed at least 12 soldiers in an attack on a military detachment, an "
     "elected official in the commune said.",
     [("local_sources", "bf_army", "killed", 12, 12, N)]),
    # ... "In 2022 a similar raid killed 30 soldiers", with no comma after the year: an
    # earlier event (its toll is background)
    ("somalia", "In 2022 a similar al-Shabaab raid killed 30 soldiers at the same base.", []),
    # earlier events and a round's running toll are background: "Last September, ...",
    # "in March, when ...", "have been killed since fighting resumed in December"
    ("colombia", "The ELN attacked a patrol on Monday, killing three soldiers, the army said. "
     "Last September, an ELN attack on a base in the same department killed two soldiers and "
     "wounded more than 20.", [("col_army", "col_army", "killed", 3, 3, 3)]),
    ("sahel", "JNIM fighters attacked the camp at Nara on Sunday, killing four soldiers, the "
     "Malian army said. The camp was already attacked in March, when nine soldiers died.",
     [("fama", "fama", "killed", 4, 4, 4)]),
    ("syria", "The SDF said it killed 40 fighters of the Syrian National Army. More than 400 "
     "people have been killed around the dam since fighting resumed in December, according to "
     "the Observatory.", [("sdf", "sna", "killed", 40, 40, 40)]),
    # a defence minister speaks for the army; "members of the army and seven M23 fighters"
    # are two parts, not a lump
    ("colombia", "Defence Minister Pedro Arango said troops had returned fire and that at "
     "least two ELN guerrillas had been killed.", [("col_army", "eln", "killed", 2, 2, N)]),
    ("drc_coalition", "The UN said the dead included 14 members of the army and seven M23 "
     "fighters.", [("intl_observers", "fardc", "killed", 14, 14, 14),
                   ("intl_observers", "m23", "killed", 7, 7, 7)]),
    # a toll "up from" an earlier figure: the same speaker's earlier claim, as the toll
    ("sudan", "Later on Thursday, the Sudan Doctors Network put the death toll at 21, up from 12 "
     "in its first statement, and said 46 people were being treated for wounds.",
     [("sd_doctors", "civilians", "killed", 12, 12, 12),
      ("sd_doctors", "civilians", "killed", 21, 21, 21),
      ("sd_doctors", "civilians", "wounded", 46, 46, 46)]),
    # last month's events, opening a sentence without a comma or a clause after a semicolon,
    # are background; "since fighting on the front resumed" is a round's running toll
    ("sahel", "Nine Malian soldiers were killed on Tuesday near Tessit, the Malian army said. "
     "Last month an ambush near Goundam killed 12 soldiers.",
     [("fama", "fama", "killed", 9, 9, 9)]),
    ("somalia", "Al-Shabaab said it killed 14 soldiers at a base near Jowhar on Monday. The "
     "group has stepped up its raids; last month it killed at least 20 soldiers at a camp "
     "near Beledweyne.",
     [("shabaab", "sna", "killed", 14, 14, 14)]),
    ("syria", "The SDF said it killed 40 fighters of the Syrian National Army. The Observatory "
     "says more than 500 people have been killed since fighting on the front resumed in "
     "December.", [("sdf", "sna", "killed", 40, 40, 40)]),
    # an ordinal counts one more of those just counted; "a fourth of the town" counts nobody
    ("sahel", "The FLA said the rebels had seized two army pickups, while losing three of "
     "their own fighters; a fourth was wounded.",
     [("fla", "fla", "killed", 3, 3, 3), ("fla", "fla", "wounded", 1, 1, 1),
      ("fla", N, "equipment_seized", 2, 2, 2)]),
    ("sahel", "Two Malian soldiers were killed in the ambush, and a third was wounded, the "
     "Malian army said. A fourth of the town was burned.",
     [("fama", "fama", "killed", 2, 2, 2), ("fama", "fama", "wounded", 1, 1, 1)]),
    # a dateline's day and a count after its dash are two numbers, not a range
    ("sahel", "BAMAKO, Oct 14 - Nine Malian soldiers were killed and 14 wounded on Tuesday, "
     "the Malian army said.",
     [("fama", "fama", "killed", 9, 9, 9), ("fama", "fama", "wounded", 14, 14, 14)]),
    # how they fared, in a relative clause right after them
    ("burkina", "The Burkinabe army said it was searching for four soldiers who were still "
     "unaccounted for.", [("bf_army", "bf_army", "missing", 4, 4, 4)]),
    # a capital as the state that lost them ("Kyiv had lost up to 120 servicemen")
    ("ukraine", "Russia's defence ministry said its forces had repelled four assaults and that "
     "Kyiv had lost up to 120 servicemen in the fighting.",
     [("ru_army", "ua_army", "killed_or_wounded", N, 120, 120)]),
    # the subject of "had left ... dead" past a relative clause
    ("burkina", "Burkina Faso's army said it had repelled a JNIM attack on its camp at Djibo. "
     "The statement said the assailants, who had arrived on dozens of motorcycles, had left "
     "\"some fifty\" dead behind.", [("bf_army", "jnim", "killed", 50, 50, 50)]),
    # people of a trade ("lorry drivers"), after "members of the escort" who were wounded
    ("burkina", "Residents said around 15 members of the escort had been wounded and that nine "
     "lorry drivers were still unaccounted for.",
     [("local_sources", N, "wounded", 15, 15, 15),
      ("local_sources", "civilians", "missing", 9, 9, 9)]),
    # what a side deals ("sent to hell") it deals its adversaries, whoever "them" is nearest
    ("pakistan", "According to the ISPR, \"own troops effectively engaged the khwarij hideout\" "
     "and seven of them were \"sent to hell\", while the other four were killed as they fled.",
     [("pak_army", "ttp", "killed", 4, 4, 4), ("pak_army", "ttp", "killed", 7, 7, 7)]),
    # the enemy's bodies past a "who" clause; "remain unaccounted for"
    ("burkina", "\"Our forces engaged the enemy, who left 23 bodies on the ground,\" Burkina "
     "Faso's army said.", [("bf_army", "jnim", "killed", 23, 23, 23)]),
    ("sahel", "The Malian army said the convoy had come under attack near Boni, in which 11 "
     "soldiers fell, 17 were wounded and three remain unaccounted for.",
     [("fama", "fama", "killed", 11, 11, 11), ("fama", "fama", "missing", 3, 3, 3),
      ("fama", "fama", "wounded", 17, 17, 17)]),
    # martyrdom "attained" as "embraced": killed
    ("sahel", "JNIM said five of its own fighters had \"attained martyrdom\" in the battle.",
     [("jnim", "jnim", "killed", 5, 5, 5)]),
    # a country's unit by its demonym ("a Ukrainian brigade") names that country's army, the
    # nearest army before the men its enemy "eliminated"
    ("ukraine", "Russia's defence ministry said its forces had struck a Ukrainian brigade near "
     "Kupiansk, eliminating up to 60 servicemen.",
     [("ru_army", "ua_army", "killed", N, 60, 60)]),
    # the figure before the toll it sets ("raised to 17 the number of soldiers killed"), and
    # the first toll it replaces, told after it
    ("burkina", "Burkina Faso's army on Thursday raised to 23 the number of soldiers killed in "
     "the raid on its post at Tougouri, after first reporting nine deaths.",
     [("bf_army", "bf_army", "killed", 23, 23, 23), ("bf_army", "bf_army", "killed", 9, 9, 9)]),
    # "the civilian death toll" is civilians', whoever was counted before
    ("mozambique", "The Mozambican army said eight soldiers died in the ambush. The district "
     "administrator put the civilian death toll at five.",
     [("fadm", "fadm", "killed", 8, 8, 8), ("local_sources", "civilians", "killed", 5, 5, 5)]),
    # the dead who "fell as heroes"; a statement that "had spoken of" its count
    ("mali_allies", "Africa Corps said on Telegram that four of its men fell as heroes near "
     "Anefis.", [("africa_corps", "africa_corps", "killed", 4, 4, 4)]),
    ("mali_separatists", "An earlier statement by the FLA had spoken of \"around 30 enemies "
     "killed\".", [("fla", "fama", "killed", 30, 30, 30)]),
    # "several dozen" is read as "dozens"
    ("burkina", "Burkina Faso's army said its air strikes had neutralised several dozen "
     "terrorists.", [("bf_army", "jnim", "killed", 24, 24, 99)]),
    # a clause that opens on a month alone is an earlier event ("In March, ..."), as is one
    # after a semicolon ("...; in April, the army said ...")
    ("nigeria", "The Nigerian army said it killed 12 ISWAP fighters on Sunday. In March, ISWAP "
     "overran a base at Gajiram, killing seven soldiers, military sources said.",
     [("nga_army", "iswap", "killed", 12, 12, 12)]),
    ("ethiopia", "Fano said it killed 40 soldiers on Friday. The revolt began in 2023; in May, the "
     "Ethiopian army said it had killed 200 Fano fighters in one day.",
     [("fano", "endf", "killed", 40, 40, 40)]),
]


@pytest.mark.parametrize(("war", "text", "expected"), CASES, ids=[c[1][:40] for c in CASES])
def test_wording(war, text, expected, tmp_path):
    assert rows_in(text, war, tmp_path) == sorted(expected, key=str)
