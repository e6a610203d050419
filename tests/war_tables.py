# ruff: noqa: E501  (actors tables are kept as CSV lines)
"""Actors tables of the wars the structure tests read, as an analyst would list the
parties (no spokesman's name, no bare "soldiers"), and the rows a text gives under one."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from conflict_lib.claims.proposals import extract_normalised
from conflict_lib.corpus.articles import articles_frame

N = None
GENERIC = """local_sources,Local sources,independent,source,local sources;residents;witnesses;medics;doctors;hospital officials;a medical source,
outlet,The outlet's own reporting,independent,source,Reuters;AFP;AP;the agency,
civilians,Civilians,independent,non-combatant,civilians;civilian;villagers,
intl_observers,International organisations,independent,source,United Nations;UN;UN OCHA;ACLED;WHO,
"""
PARTIES = {
    "haiti": """haiti_police,Haitian National Police,government,belligerent,Haitian National Police;Haiti's national police;PNH
viv_ansanm,Viv Ansanm gang coalition,rebels,belligerent,Viv Ansanm;the Viv Ansanm coalition
""",
    "drc": """fardc,Armed Forces of the DRC (FARDC),government,belligerent,FARDC;Congolese army;Congo's army
m23,M23,rebels,belligerent,M23;M23 rebels;March 23 Movement
""",
    # the same war with Rwanda's army in it: two armies, so "the army" needs the article
    "drc_rwanda": """fardc,Armed Forces of the DRC (FARDC),government,belligerent,FARDC;Congolese army;Congo's army
m23,M23,rebels,belligerent,M23;M23 rebels;March 23 Movement
rdf,Rwanda Defence Force (RDF),rwanda,belligerent,RDF;Rwanda Defence Force;Rwandan army
""",
    "sahel": """fama,Malian Armed Forces (FAMa),government,belligerent,FAMa;Malian army;Malian soldiers
jnim,JNIM,jihadists,belligerent,JNIM;Group for the Support of Islam and Muslims
fla,Azawad Liberation Front (FLA),rebels,belligerent,FLA;Azawad Liberation Front;the separatists
vdp,Volunteers for the Defence of the Homeland (VDP),government,belligerent,VDP
bf_army,Burkinabe army,government,belligerent,Burkinabe army;Burkina Faso's army
""",
    # an ally labelled as the analyst words it: in its patron's camp
    "mali_allies": """fama,Malian Armed Forces (FAMa),government,belligerent,FAMa;Malian army;Malian soldiers
africa_corps,Africa Corps,government_ally,belligerent,Africa Corps;Russian instructors
fla,Azawad Liberation Front (FLA),separatist_rebels,belligerent,FLA;Azawad Liberation Front
""",
    "somalia": """sna,Somali National Army,government,belligerent,Somali National Army;SNA;Somali army
shabaab,Al Shabaab,jihadists,belligerent,al Shabaab;al-Shabaab
aussom,African Union Support and Stabilisation Mission in Somalia,government,belligerent,AUSSOM;African Union mission in Somalia;African Union forces
""",
    # two government forces: the national army and a regional state's
    # the same war with a clan militia on the government's side, "apostate militiamen" to
    # al-Shabaab
    "somalia_macawisley": """sna,Somali National Army,government,belligerent,Somali National Army;SNA;Somali army
shabaab,Al Shabaab,jihadists,belligerent,al Shabaab;al-Shabaab
macawisley,Macawisley clan militia,government,belligerent,macawisley;clan militia;apostate militiamen
""",
    "somalia_jubaland": """sna,Somali National Army (SNA),government,belligerent,Somali National Army;SNA;Somali army
jubaland,Jubaland state forces,government,belligerent,Jubaland forces;Jubaland state forces
shabaab,Al Shabaab,jihadists,belligerent,al Shabaab;al-Shabaab
""",
    "myanmar": """tatmadaw,Myanmar military (junta),government,belligerent,Myanmar military;the junta;junta forces
pdf,People's Defence Force (PDF),rebels,belligerent,People's Defence Force;PDF
""",
    # an ethnic armed group called an army, and the table's own words for the junta's men
    "myanmar_aa": """tatmadaw,Myanmar military (junta),government,belligerent,Myanmar military;junta forces;regime troops;regime soldiers
aa,Arakan Army (AA),ethnic_armed_groups,belligerent,Arakan Army;AA
""",
    # two armies on one side: the country's own and Rwanda's
    "mozambique": """fadm,Mozambique Armed Defence Forces (FADM),government,belligerent,FADM;Mozambican army;Mozambican soldiers
rdf,Rwanda Defence Force (RDF),government,belligerent,RDF;Rwanda Defence Force;Rwanda's Defence Force
is_moz,Islamic State Mozambique,jihadists,belligerent,Islamic State Mozambique;Islamic State
""",
    "syria": """sdf,Syrian Democratic Forces (SDF),rebels,belligerent,SDF;Syrian Democratic Forces
sna,Syrian National Army,government,belligerent,Syrian National Army;pro-Ankara factions;Turkish-backed factions
""",
    # the same war as an analyst may table it: both factions on one side, "rebels"
    "syria_factions": """sdf,Syrian Democratic Forces (SDF),rebels,belligerent,SDF;Syrian Democratic Forces
sna,Syrian National Army,rebels,belligerent,Syrian National Army;pro-Ankara factions;Turkish-backed factions
""",
    "yemen": """yemen_gov,Yemeni government forces,government,belligerent,Yemeni government forces;the Yemeni government
houthis,Houthis (Ansar Allah),rebels,belligerent,Houthis;Houthi;Ansar Allah
""",
    # a table whose non-combatants include "women and children" (a row of its own)
    "yemen_civilians": """yemen_gov,Yemeni government forces,government,belligerent,Yemeni government forces;the Yemeni government
houthis,Houthis (Ansar Allah),rebels,belligerent,Houthis;Houthi;Ansar Allah
civilians,Civilians,independent,non-combatant,civilians;civilian;villagers;women and children
""",
    "sudan": """saf,Sudanese Armed Forces (SAF),government,belligerent,SAF;Sudanese army;Sudan's army
rsf,Rapid Support Forces (RSF),rebels,belligerent,RSF;Rapid Support Forces;paramilitary RSF
sd_agency,Sudanese state emergency agency,government,source,state emergency agency
sd_doctors,Sudan Doctors Network,independent,source,Sudan Doctors Network;a medical group
""",
    "burkina": """bf_army,Burkinabe army,government,belligerent,Burkinabe army;Burkina Faso's army
vdp,Volunteers for the Defence of the Homeland (VDP),government,belligerent,VDP;Volunteers for the Defence of the Homeland
jnim,JNIM,jihadists,belligerent,JNIM;Group for the Support of Islam and Muslims
""",
    "nigeria": """nga_army,Nigerian Army,government,belligerent,Nigerian Army;Nigerian army;Nigeria's army
cjtf,Civilian Joint Task Force (CJTF),government,belligerent,CJTF;Civilian Joint Task Force
iswap,Islamic State West Africa Province (ISWAP),jihadists,belligerent,ISWAP;Islamic State West Africa Province
boko_haram,Boko Haram (JAS),jihadists,belligerent,Boko Haram;JAS
sema,State Emergency Management Agency (SEMA),government,source,SEMA;State Emergency Management Agency
""",
    "ukraine": """ua_army,Armed Forces of Ukraine,government,belligerent,Ukraine's armed forces;Ukrainian army;Ukrainian forces
ru_army,Russian Armed Forces,russia,belligerent,Russian army;Russian forces;Russia's defence ministry
ua_officials,Ukrainian regional officials,government,source,regional governor Ivan Petrenko;Kharkiv governor;Donetsk regional governor;the regional governor
""",
    # the same war where the table's four sides make Russia "rebels" (the opposite camp)
    "ukraine_camps": """ukraine,Ukraine (Armed Forces of Ukraine),government,belligerent,Ukraine;Ukrainian army;Ukraine's General Staff
russia,Russia (Russian Armed Forces),rebels,belligerent,Russia;Russian army;Russian forces
""",
    # the same war with each party's name a list ("... and authorities of ...")
    "ukraine_named": """ukraine,Armed Forces and authorities of Ukraine,government,belligerent,Ukraine;Ukrainian forces;47th Mechanised Brigade
russia,Armed Forces and authorities of Russia,government,belligerent,Russia;Russian forces;Russia's defence ministry
""",
    # the same war with both states as one party each and no regional official listed:
    # a governor speaks for the state that holds the region
    "ukraine_states": """ua_state,Ukraine (state and Armed Forces of Ukraine),government,belligerent,Ukraine;Ukrainian army;Ukrainian forces
ru_state,Russia (state and Russian Armed Forces),russia,belligerent,Russia;Russian army;Russian forces
""",
    # two states at war, each listed with the side "government" (as analysts often list them)
    "ukraine_one_side": """ua_state,Ukraine (state and Armed Forces of Ukraine),government,belligerent,Ukraine;Ukrainian army;Ukrainian forces
ru_state,Russia (state and Russian Armed Forces),government,belligerent,Russia;Russian army;Russian forces
""",
    # each state named with what it holds in brackets ("armed forces and state authorities")
    "ukraine_bracketed": """ukraine,Ukraine (armed forces and state authorities),government,belligerent,Ukraine;Ukrainian forces;Ukrainian military
russia,Russia (armed forces and state authorities),government,belligerent,Russia;Russian forces;Russia's defence ministry
""",
    # the war where the army's own demonym names its soldiers ("Ukrainian troops")
    "ukraine_troops": """ua_forces,Armed Forces of Ukraine,government,belligerent,Armed Forces of Ukraine;Ukrainian forces;Ukrainian troops;Ukraine's general staff
russia,Russian Armed Forces,rebels,belligerent,Russian Armed Forces;Russian forces;Russian troops;Russia's defence ministry;Belgorod governor
""",
    # a state's forces at home and a foreign army that strikes them
    "syria_south": """syria_gov,Syrian government forces,government,belligerent,Syrian government;Syria's interior ministry;Syria's defence ministry
druze,Druze armed factions,rebels,belligerent,Druze fighters;Druze factions
israel,Israel,government,belligerent,Israel;Israeli military;Israeli air force
""",
    # ... whose own table names the state's offices generically and by their capital
    "syria_capital": """syria_gov,Syrian government forces,government,belligerent,Syrian army;defence ministry;defence ministry in Damascus
idf,Israel Defense Forces,government,belligerent,IDF;Israeli military;Israeli army;Israel
""",
    # a foreign army's strikes on a state outside the fight
    "lebanon": """idf,Israel Defense Forces (IDF),government,belligerent,Israeli military;IDF;Israeli army
hezbollah,Hezbollah,rebels,belligerent,Hezbollah
laf,Lebanese Armed Forces (LAF),government,belligerent,Lebanese army;LAF
lb_moh,Lebanese health ministry,government,source,Lebanon's health ministry;the health ministry
""",
    "colombia": """col_army,National Army of Colombia,government,belligerent,Colombian army;National Army of Colombia;Colombia's army
eln,National Liberation Army (ELN),rebels,belligerent,ELN;National Liberation Army
""",
    # two armed groups the table puts on one side, fighting each other
    "colombia_dissidents": """col_army,National Army of Colombia,government,belligerent,Colombian army;National Army of Colombia
eln,National Liberation Army (ELN),rebels,belligerent,ELN;National Liberation Army
farc_dissidents,FARC dissidents,rebels,belligerent,FARC dissidents;dissidents;33rd Front
""",
    # the army with the militias that fight beside it
    "drc_coalition": """fardc,Armed Forces of the DRC (FARDC),government,belligerent,FARDC;Congolese army
m23,M23,rebels,belligerent,M23;M23 rebels
wazalendo,Wazalendo militias,government_ally,belligerent,Wazalendo;Wazalendo militiamen
fdlr,Democratic Forces for the Liberation of Rwanda (FDLR),government_ally,belligerent,FDLR
""",
    "drc_adf": """fardc,Armed Forces of the DRC (FARDC),government,belligerent,FARDC;Congolese army
adf,Allied Democratic Forces (ADF),jihadists,belligerent,ADF;Allied Democratic Forces
""",
    "pakistan_bla": """pak_army,Pakistan Army,government,belligerent,Pakistan Army;ISPR
bla,Baloch Liberation Army (BLA),rebels,belligerent,Baloch Liberation Army;BLA
""",
    # an army and a police force: "officers" fit both
    "colombia_police": """col_army,National Army of Colombia,government,belligerent,Colombian army;National Army of Colombia
col_police,National Police of Colombia,government,belligerent,Colombian police;National Police of Colombia
eln,National Liberation Army (ELN),rebels,belligerent,ELN;National Liberation Army
""",
    "ethiopia": """endf,Ethiopian National Defense Force (ENDF),government,belligerent,ENDF;Ethiopian National Defense Force;Ethiopian army;Ethiopia's military;government forces;federal forces
fano,Fano militias,rebels,belligerent,Fano;Fano militia;Fano militias
""",
    # a war of the police and the army against gangs
    "nigeria_nw": """nga_army,Nigerian Armed Forces,government,belligerent,Nigerian Army;Nigerian military
nga_police,Nigeria Police Force,government,belligerent,Nigeria Police Force;Nigerian police;Katsina police
bandits,Armed bandit gangs,rebels,belligerent,armed bandits;bandit gangs
vigilantes,Local vigilante groups,government,belligerent,vigilantes;vigilante group;local vigilante group
""",
    "yemen_us": """houthis,Houthis (Ansar Allah),rebels,belligerent,Houthis;Ansar Allah
us,US military (CENTCOM),us,belligerent,US military;CENTCOM;US forces;United States
yemen_gov,Yemeni government forces,government,belligerent,Yemeni government forces
""",
    # an armed group under the table's own side label ("separatists"), not "rebels"
    "mali_separatists": """fama,Malian Armed Forces (FAMa),government,belligerent,FAMa;Malian army;Malian soldiers
fla,Azawad Liberation Front (FLA),separatists,belligerent,FLA;Azawad Liberation Front
""",
    # two states at war, both "government", neither table row naming the bare country
    "caucasus": """azerbaijan,Azerbaijani Armed Forces,government,belligerent,Azerbaijani Armed Forces;Azerbaijan's defence ministry;Azerbaijani army
armenia,Armed Forces of Armenia,government,belligerent,Armed Forces of Armenia;Armenian defence ministry;Armenian troops
""",
    "gaza": """idf,Israel Defense Forces (IDF),government,belligerent,Israeli military;IDF;Israeli army
hamas,Hamas,rebels,belligerent,Hamas;Qassam Brigades
gaza_moh,Gaza health ministry,rebels,source,health ministry;Gaza's health ministry
""",
    "pakistan": """pak_army,Pakistan Army,government,belligerent,Pakistan Army;ISPR;Inter-Services Public Relations
ttp,Tehreek-e-Taliban Pakistan (TTP),rebels,belligerent,TTP;Pakistani Taliban;khwarij
""",
}


def rows_in(text: str, war: str, tmp_path: Path) -> list[tuple]:
    """(claimant, subject, outcome, low, best, high) of each row ``text`` gives under the
    table of ``war``, sorted."""
    ref = tmp_path / war
    ref.mkdir(exist_ok=True)
    own = {line.split(",")[0] for line in PARTIES[war].splitlines()}
    generic = "".join(f"{line}\n" for line in GENERIC.splitlines() if line.split(",")[0] not in own)
    (ref / "actors.csv").write_text("actor_id,name,side,kind,aliases,notes\n" + PARTIES[war]
                                     + generic)
    got = extract_normalised(articles_frame([{"article_id": "t", "text": text}]),
                             reference_dir=ref)

    def val(v):
        return None if pd.isna(v) else (int(v) if not isinstance(v, str) else v)

    return sorted((tuple(val(r[f]) for f in ("claimant", "subject", "outcome", "low", "best",
                                              "high")) for _, r in got.iterrows()), key=str)
