"""Zero claims said in the ways reporting says them, each a sentence in our own words
under an analyst's table of the war's parties: "no civilian was affected", "denied that
any soldier had been taken prisoner", "had not lost a single fighter", "without any loss"."""

from __future__ import annotations

import pytest
from war_tables import N, rows_in

CASES = [
    # "without losing a single soldier" is a zero, not one soldier lost
    ("somalia", "The Somali army said troops had killed over 30 al-Shabaab fighters without "
     "losing a single soldier.",
     [("sna", "shabaab", "killed", 31, 31, N), ("sna", "sna", "killed", 0, 0, 0)]),
    # "without any civilian being harmed": a zero of the civilians
    ("burkina", "The Burkinabe army said the operation had hit the camp without any civilian "
     "being harmed.",
     [("bf_army", "civilians", "killed_or_wounded", 0, 0, 0)]),
    # ... not "without warning"
    ("somalia", "Al-Shabaab fighters overran the base without warning, killing 12 soldiers, "
     "residents said.",
     [("local_sources", "sna", "killed", 12, 12, 12)]),
    # a negated subject before a passive: a zero of that subject
    ("sahel", "The Malian army said no civilian was affected by the strike on the convoy.",
     [("fama", "civilians", "killed_or_wounded", 0, 0, 0)]),
    ("sudan", "The RSF said no member of the Sudanese army was being held by its fighters.",
     [("rsf", "saf", "captured", 0, 0, 0)]),
    # ... of equipment: the speaker's own
    ("drc", "The Congolese army said no aircraft had been lost in the fighting.",
     [("fardc", "fardc", "equipment_destroyed", 0, 0, 0)]),
    # a denial that any was taken
    ("pakistan", "The ISPR denied that any post had fallen or that any soldier had been taken "
     "prisoner.",
     [("pak_army", "pak_army", "captured", 0, 0, 0)]),
    ("drc", "The Congolese army denied that any aircraft had been lost.",
     [("fardc", "fardc", "equipment_destroyed", 0, 0, 0)]),
    # (a denial of any loss is a zero claim in the blind sets' gold, people or things)
    ("sahel", "The Malian army denied that any aircraft had been destroyed at the airport.",
     [("fama", "fama", "equipment_destroyed", 0, 0, 0)]),
    # a negated loss verb: the losses of the clause's subject, else the speaker's side
    ("colombia", "An ELN commander told a local radio station that the guerrillas had not "
     "lost a single fighter and that nine soldiers had died.",
     [("eln", "col_army", "killed", 9, 9, 9),
      ("eln", "eln", "killed", 0, 0, 0)]),
    ("drc", "An M23 spokesman denied losing any fighters in the clashes near Sake.",
     [("m23", "m23", "killed", 0, 0, 0)]),
    # "without any loss", "suffered no further losses": the side that speaks or suffered
    ("pakistan", "The TTP said its fighters killed six soldiers in the raid and returned to "
     "their hideouts without any loss.",
     [("ttp", "pak_army", "killed", 6, 6, 6),
      ("ttp", "ttp", "killed", 0, 0, 0)]),
    ("nigeria", "The Nigerian army said the attack on the base was repelled without any "
     "casualty on our side.",
     [("nga_army", "nga_army", "killed_or_wounded", 0, 0, 0)]),
    ("somalia", "The Somali army said it suffered no further losses in the pursuit.",
     [("sna", "sna", "killed_or_wounded", 0, 0, 0)]),
    # review of session 11: what nobody lost is not always people; "affected" by an
    # outbreak and "held responsible" are no harm; "any ... who were killed" is no denial;
    # an item's own army owns it; "not a single tank" is zero, not one
    ("sudan", "The RSF said it had not lost a single battle since June.", []),
    ("sudan", "The Sudanese army denied that any soldiers were affected by the cholera "
     "outbreak.", []),
    ("sudan", "The Sudanese army said no soldier was held responsible for the abuses.", []),
    ("sudan", "The RSF rejected the report, saying any soldiers who were killed had died in "
     "combat.", []),
    ("sudan", "The Sudanese army said it had not lost a single tank in the fighting.",
     [("saf", "saf", "equipment_destroyed", 0, 0, 0)]),
    ("sudan", "No RSF vehicle was destroyed in the raid, the Sudanese army said.",
     [("saf", "rsf", "equipment_destroyed", 0, 0, 0)]),
    # not zero claims: no loss recorded; a question; "no longer"
    ("sudan", "No incident was reported in the capital overnight, the Sudanese army said.", []),
    ("pakistan", "Reporters asked the ISPR whether any soldier had been taken prisoner.", []),
    ("sahel", "The Malian army said its troops were no longer held back by the rains.", []),
    # "gave no casualty figures": no count given, not a count of none
    ("drc", "The Congolese army spokesman said troops were holding their positions and gave no "
     "casualty figures.", []),
    # what a report says the statement did not mention is no claim at all
    ("burkina", "The army said 12 soldiers were killed. It made no mention of the civilians "
     "killed or of the abducted women.", [("bf_army", "bf_army", "killed", 12, 12, 12)]),
]


@pytest.mark.parametrize(("war", "text", "expected"), CASES, ids=[c[1][:40] for c in CASES])
def test_zero_claim(war, text, expected, tmp_path):
    assert rows_in(text, war, tmp_path) == sorted(expected, key=str)
