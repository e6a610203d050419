"""Gear lost and whose it is, and losses owned by the party that lost them, each a
sentence in our own words under a table of the war's parties: a verb split around its
object ("set two army trucks alight"), a haul named by a noun ("the recovery of eleven
rifles"), vehicles of trade and travel (civilians' unless listed with war gear), "how
many" (no count), and "Russian forces had lost 1,130 troops" (the loser's own)."""

from __future__ import annotations

import pytest
from war_tables import N, rows_in

CASES = [
    # an owner named by the table's own name, itself a list, is one party
    ("ukraine_named", "Russia's defence ministry said its air defences had destroyed 41 "
     "Ukrainian drones overnight, 17 of them over Belgorod.",
     [("russia", "ukraine", "equipment_destroyed", 41, 41, 41),
      ("russia", "ukraine", "equipment_destroyed", 17, 17, 17)]),
    ("ukraine_named", "Ukraine's 47th Mechanised Brigade said it had repelled a Russian "
     "assault on Friday, destroying three tanks and 11 infantry fighting vehicles.",
     [("ukraine", "russia", "equipment_destroyed", 3, 3, 3),
      ("ukraine", "russia", "equipment_destroyed", 11, 11, 11)]),
    # attackers, by a word for them, burned military gear: the army's, in a party's voice too
    ("nigeria", "ISWAP fighters attacked a Nigerian Army base in Borno. The insurgents burned "
     "four armoured vehicles before leaving, a CJTF member said.",
     [("cjtf", "nga_army", "equipment_destroyed", 4, 4, 4)]),
    # a list whose first item is a two-word name ("artillery systems") goes on
    ("ukraine", "Ukrainian units destroyed four artillery systems, two armoured vehicles and "
     "11 motorcycles near the town, the Ukrainian army said.",
     [("ua_army", "ru_army", "equipment_destroyed", 4, 4, 4),
      ("ua_army", "ru_army", "equipment_destroyed", 2, 2, 2),
      ("ua_army", "ru_army", "equipment_destroyed", 11, 11, 11)]),
    # ... but the gunmen's own getaway vehicles are no seizure
    ("nigeria", "The gunmen drove away in two pickup trucks after the raid, residents said.", []),
    ("sahel", "JNIM attacked a FAMa post near Boni. JNIM said its fighters drove off three "
     "armoured vehicles.",
     [("jnim", "fama", "equipment_seized", 3, 3, 3)]),
    # ... the army's, named in the item, are
    ("sahel", "Residents said JNIM fighters drove away in at least three FAMa pickups.",
     [("local_sources", "fama", "equipment_seized", 3, 3, N)]),
    # things carried away or off, not people: "two FAMa" of "two FAMa trucks" counts trucks
    ("sahel", "JNIM said its fighters carried away two FAMa trucks.",
     [("jnim", "fama", "equipment_seized", 2, 2, 2)]),
    ("sahel", "JNIM said its fighters carried off two FAMa trucks.",
     [("jnim", "fama", "equipment_seized", 2, 2, 2)]),
    # a verb split around its object
    ("sahel", "A councillor in Nioro said the militants set two Malian army trucks alight "
     "before withdrawing.",
     [(N, "fama", "equipment_destroyed", 2, 2, 2)]),
    ("nigeria_nw", "In Katsina the attackers set a police patrol vehicle on fire, residents said.",
     [("local_sources", "nga_police", "equipment_destroyed", 1, 1, 1)]),
    # ... not the verb of a position ("set up", "set off")
    ("nigeria", "The soldiers set up two checkpoints on fire-damaged roads, residents said.", []),
    # a haul named by a noun, counted
    ("sahel", "Malian soldiers killed 14 JNIM fighters in a sweep near Boni, which also led to "
     "the recovery of nine rifles and a mortar, the army said.",
     [("fama", "jnim", "killed", 14, 14, 14),
      ("fama", "jnim", "equipment_seized", 9, 9, 9),
      ("fama", "jnim", "equipment_seized", 1, 1, 1)]),
    # ... uncounted, no row of gear
    ("sahel", "Malian soldiers killed 14 JNIM fighters near Boni and the sweep led to the "
     "recovery of weapons, the army said.",
     [("fama", "jnim", "killed", 14, 14, 14)]),
    # vehicles of trade and travel are the civilians'
    ("sahel", "JNIM fighters attacked a convoy near Kayes. A truckers' union official said about "
     "35 fuel tankers had been set ablaze.",
     [(N, "civilians", "equipment_destroyed", 35, 35, 35)]),
    ("nigeria", "Bandits set fire to two passenger buses on the Kaduna road, residents said.",
     [("local_sources", "civilians", "equipment_destroyed", 2, 2, 2)]),
    # ... not in a list of war gear taken from an army
    ("sahel", "The FLA said its fighters had seized five armoured vehicles and two fuel tankers "
     "from the Malian army.",
     [("fla", "fama", "equipment_seized", 5, 5, 5),
      ("fla", "fama", "equipment_seized", 2, 2, 2)]),
    # "how many" gives no count
    ("sahel", "Malian army trucks were escorting the convoy. An army spokesman declined to say "
     "how many tankers had been lost.", []),
    # losses owned by the party that lost them, named by its demonym
    ("ukraine_troops", "Ukraine's general staff said Russian forces had lost 1,130 troops "
     "killed and wounded over the past day, as well as nine tanks.",
     [("ua_forces", "russia", "killed_or_wounded", 1130, 1130, 1130),
      ("ua_forces", "russia", "equipment_destroyed", 9, 9, 9)]),
    # the owner the first item of a list names owns the items after it
    ("ukraine_troops", "The 47th Brigade said its drone operators had destroyed three Russian "
     "tanks and 11 armoured vehicles near Pokrovsk.",
     [(N, "russia", "equipment_destroyed", 3, 3, 3),
      (N, "russia", "equipment_destroyed", 11, 11, 11)]),
    # guards from the review: a party's own lost tankers are its own ...
    ("sahel", "The Malian army said it had lost five fuel tankers in the ambush near Kayes.",
     [("fama", "fama", "equipment_destroyed", 5, 5, 5)]),
    # ... tankers listed after a party's trucks are that party's ...
    ("sahel", "JNIM said it burned three FAMa trucks and two tankers near Kayes.",
     [("jnim", "fama", "equipment_destroyed", 3, 3, 3),
      ("jnim", "fama", "equipment_destroyed", 2, 2, 2)]),
    # ... an item whose own words say whose it is takes no owner from the list
    ("sahel", "JNIM said it seized four FAMa pick-ups and 12 motorbikes abandoned by fleeing "
     "residents.",
     [("jnim", "fama", "equipment_seized", 4, 4, 4)]),
    # ... and gear found again is no seizure
    ("nigeria", "The Nigerian Army said the recovery of three of its own trucks lost in the Marte "
     "attack was a boost.",
     [("nga_army", "nga_army", "equipment_destroyed", 3, 3, 3)]),
    # counted items listed before a passive verb share it
    ("nigeria", "The Nigerian Army said its troops killed 23 ISWAP fighters near Marte, while two "
     "gun trucks, 14 rifles and three mortar tubes were recovered.",
     [("nga_army", "iswap", "killed", 23, 23, 23),
      ("nga_army", "iswap", "equipment_seized", 2, 2, 2),
      ("nga_army", "iswap", "equipment_seized", 14, 14, 14),
      ("nga_army", "iswap", "equipment_seized", 3, 3, 3)]),
    # a possessive inside the counted item names its owner, and "their" after it points back
    ("somalia", "The Somali army said six soldiers were killed when al-Shabaab fighters stormed "
     "its base, and that two of the attackers' pickups and 17 of their motorcycles had been "
     "destroyed.",
     [("sna", "sna", "killed", 6, 6, 6),
      ("sna", "shabaab", "equipment_destroyed", 2, 2, 2),
      ("sna", "shabaab", "equipment_destroyed", 17, 17, 17)]),
    ("sahel", "JNIM said it lost two fighters, and that two of the Malian army's trucks and three "
     "of their armoured vehicles had been burned.",
     [("jnim", "jnim", "killed", 2, 2, 2),
      ("jnim", "fama", "equipment_destroyed", 2, 2, 2),
      ("jnim", "fama", "equipment_destroyed", 3, 3, 3)]),
    # a counted part of an uncounted haul takes the haul's verb
    ("ethiopia", "The ENDF said its units had seized large quantities of arms, among them 12 "
     "heavy machine guns.",
     [("endf", "fano", "equipment_seized", N, N, N),
      ("endf", "fano", "equipment_seized", 12, 12, 12)]),
    # "and two more" after a counted item: the same again ...
    ("sudan", "The Sudanese army said its air defences had intercepted six drones over El Obeid "
     "on Sunday and two more before dawn on Monday.",
     [("saf", "rsf", "equipment_destroyed", 6, 6, 6),
      ("saf", "rsf", "equipment_destroyed", 2, 2, 2)]),
    # ... unless a verb of their own follows
    ("sudan", "The Sudanese army said it shot down six drones, and two more were seen over the "
     "city.",
     [("saf", "rsf", "equipment_destroyed", 6, 6, 6)]),
    # guards from the review: "two more" that name or do something else are not the same gear
    ("somalia", "The Somali army said it destroyed four al Shabaab technicals near Jilib and two "
     "more soldiers died of their wounds.",
     [("sna", "shabaab", "equipment_destroyed", 4, 4, 4), ("sna", "sna", "killed", 2, 2, 2)]),
    ("sudan", "The Sudanese army said it shot down six drones over Port Sudan and two more hit a "
     "fuel depot.",
     [("saf", "rsf", "equipment_destroyed", 6, 6, 6)]),
    # ... and "their" in a clause of its own is not the list's possessor
    ("sahel", "JNIM said it burned two of the Malian army's trucks and that its fighters lost "
     "three of their motorcycles.",
     [("jnim", "fama", "equipment_destroyed", 2, 2, 2),
      ("jnim", "jnim", "equipment_destroyed", 3, 3, 3)]),
    # a state's initials before the item ("two US drones", "a U.S. MQ-9 Reaper drone"): its
    # army's, not the pronoun "us", nor the end of a sentence after "U.S."
    ("yemen_us", "The Houthis' military spokesman said air defences had shot down a U.S. MQ-9 "
     "Reaper drone over Marib province.",
     [("houthis", "us", "equipment_destroyed", 1, 1, 1)]),
    ("yemen_us", "The Houthis said they had downed two US drones over al-Jawf on Tuesday.",
     [("houthis", "us", "equipment_destroyed", 2, 2, 2)]),
    # "had blown up", "troop carrier"; the crew "killed" with it are the item's owner's, with
    # no figure, or the crew's size
    ("gaza", "The Qassam Brigades said its fighters had blown up an Israeli troop carrier east "
     "of Khan Younis, killing its crew.",
     [("hamas", "idf", "equipment_destroyed", 1, 1, 1), ("hamas", "idf", "killed", N, N, N)]),
    ("gaza", "Hamas said its fighters destroyed an Israeli bulldozer in Rafah, \"killing or "
     "wounding its crew of three\".",
     [("hamas", "idf", "equipment_destroyed", 1, 1, 1),
      ("hamas", "idf", "killed_or_wounded", 3, 3, 3)]),
    # ... not a crew that is no one's loss
    ("gaza", "The Israeli military said its crews had destroyed two Hamas rocket launchers in "
     "Rafah and that the crew of a tank was unhurt.",
     [("idf", "hamas", "equipment_destroyed", 2, 2, 2)]),
    # a gun a pickup is fitted with is part of the pickup, and the verb after it is the list's
    ("sahel", "The Malian army said nineteen motorbikes and a pick-up fitted with a heavy "
     "machine gun were recovered from JNIM fighters near Macina.",
     [("fama", "jnim", "equipment_seized", 19, 19, 19),
      ("fama", "jnim", "equipment_seized", 1, 1, 1)]),
    ("somalia", "Al Shabaab fighters overran the base. A Somali army officer said the attackers "
     "drove off with a technical mounted with an anti-aircraft gun.",
     [("sna", "sna", "equipment_seized", 1, 1, 1)]),
    # ... "a technical" only as the vehicle, not the adjective
    ("somalia", "The Somali army said a technical fault had grounded its helicopter.", []),
    # "seized a third": one more of the items counted before it
    ("somalia", "Al Shabaab said its fighters had destroyed two Somali army trucks and seized a "
     "third near Bulo Burde.",
     [("shabaab", "sna", "equipment_destroyed", 2, 2, 2),
      ("shabaab", "sna", "equipment_seized", 1, 1, 1)]),
    # "enemy vehicles": the speaker's foe's, the one named before (or the table's one)
    ("sahel", "JNIM fighters attacked the post at Boni. The Malian army said it lost two "
     "soldiers and that several enemy vehicles had been destroyed.",
     [("fama", "fama", "killed", 2, 2, 2), ("fama", "jnim", "equipment_destroyed", 3, 3, 9)]),
    ("somalia", "The Somali army said its troops destroyed four enemy technicals near Jilib.",
     [("sna", "shabaab", "equipment_destroyed", 4, 4, 4)]),
    # an owner named after the list's last item owns the list, between the items and a
    # passive verb too; "used by" names an owner
    ("sudan", "The RSF said it had killed 12 soldiers. Two armoured vehicles and a pick-up "
     "belonging to the army were destroyed, it said.",
     [("rsf", "saf", "killed", 12, 12, 12), ("rsf", "saf", "equipment_destroyed", 2, 2, 2),
      ("rsf", "saf", "equipment_destroyed", 1, 1, 1)]),
    ("sudan", "The Sudanese army said air strikes destroyed three motorbikes and a pick-up used "
     "by the RSF fighters near El Obeid.",
     [("saf", "rsf", "equipment_destroyed", 3, 3, 3),
      ("saf", "rsf", "equipment_destroyed", 1, 1, 1)]),
    # military gear burned "by the insurgents": the army's (as when they are the subject)
    ("nigeria", "A soldier said four armoured vehicles had been set ablaze by the insurgents "
     "near Damboa.",
     [("nga_army", "nga_army", "equipment_destroyed", 4, 4, 4)]),
    # a people the table names in the plural, named in the singular ("Houthi drones")
    ("yemen_us", "CENTCOM said its forces destroyed four Houthi drones over the Red Sea.",
     [("us", "houthis", "equipment_destroyed", 4, 4, 4)]),
    # "operated by" names the owner (not the country that made it); a participle after the
    # main clause acts for the sentence's subject; a depot is not tallied
    ("yemen_us", "The Houthis said air defences had shot down a Chinese-made drone operated by "
     "US forces over Saada.",
     [("houthis", "us", "equipment_destroyed", 1, 1, 1)]),
    ("ukraine", "Ukrainian forces repelled a large Russian assault near Polohy, destroying 19 "
     "armoured vehicles, the brigade holding the sector said.",
     [("ua_army", "ru_army", "equipment_destroyed", 19, 19, 19)]),
    ("burkina", "JNIM said a fuel depot belonging to the Burkinabe army was burned in the raid.",
     []),
    # a count the speaker is quoted on ('seized "hundreds" of rifles')
    ("myanmar_aa", "The Arakan Army said its fighters seized \"hundreds\" of small arms as well "
     "as two mortars at the base.",
     [("aa", "tatmadaw", "equipment_seized", 200, 200, 999),
      ("aa", "tatmadaw", "equipment_seized", 2, 2, 2)]),
    # gear the speaker's own forces destroyed or seized is its adversary's, even beside its
    # own dead ("17 of its servicemen had died ... its units had destroyed two launchers";
    # "officers were hurt ... and police seized a pickup truck")
    ("caucasus", "Azerbaijan's defence ministry said on Monday that 17 of its servicemen had "
     "died in two days of shelling, and that its units had destroyed two S-300 launchers near "
     "Sotk.",
     [("azerbaijan", "armenia", "equipment_destroyed", 2, 2, 2),
      ("azerbaijan", "azerbaijan", "killed", 17, 17, 17)]),
    ("haiti", "Three officers were hurt in the raid, the police spokesman said, and police "
     "seized a pickup truck near the market.",
     [("haiti_police", "haiti_police", "wounded", 3, 3, 3),
      ("haiti_police", "viv_ansanm", "equipment_seized", 1, 1, 1)]),
    # an army unit's own gear ("the patrol's armoured vehicles"), read as the army named
    ("sahel", "The Malian army said three soldiers were killed. Two of the patrol's armoured "
     "vehicles were destroyed by a roadside bomb, it added.",
     [("fama", "fama", "equipment_destroyed", 2, 2, 2), ("fama", "fama", "killed", 3, 3, 3)]),
]


@pytest.mark.parametrize(("war", "text", "expected"), CASES, ids=[c[1][:40] for c in CASES])
def test_gear(war, text, expected, tmp_path):
    assert sorted(rows_in(text, war, tmp_path), key=str) == sorted(expected, key=str)
