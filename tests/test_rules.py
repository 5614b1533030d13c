"""Extraction rules on sentences written for these tests (real pipeline, so marked `model`).

Each case is a sentence and the facts an analyst would expect from it; `absent` lists facts
that must NOT come out (the cases where a careless extractor goes wrong).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def triples(facts):
    return {(h, t, tl) for h, t, tl, _ in facts}


def triples_of(extract_text, *texts):
    """The facts of several texts, each read as an article of its own (the NER reads a name differently
    beside other sentences)."""
    return set().union(*(triples(extract_text(text)[0]) for text in texts))


CASES = [
    (
        "title_with_country_adjective",
        "Lithuanian Foreign Minister Rasa Dovydaite said on Monday that talks would continue.",
        {("Rasa Dovydaite", "HOLDS_ROLE", "Lithuania")},
        set(),
    ),
    (
        "title_with_organisation",
        "NATO Secretary-General Henrik Aalto told reporters the alliance was united.",
        {("Henrik Aalto", "HOLDS_ROLE", "NATO")},
        set(),
    ),
    (
        "spokesperson_of_government_body",
        "Kremlin spokesman Oleg Voronin said the proposal was unacceptable.",
        {("Oleg Voronin", "SPOKESPERSON_FOR", "Kremlin")},
        set(),
    ),
    (
        "possessive_envoy",
        "Brazilian President Paulo Mendes's special envoy Carla Ribeiro arrived in Geneva on Sunday.",
        {("Paulo Mendes", "HOLDS_ROLE", "Brazil"), ("Carla Ribeiro", "ENVOY_OF", "Paulo Mendes")},
        set(),
    ),
    (
        "apposition_adviser",
        "After the session, Tomasz Lenart, a senior adviser to Polish Prime Minister Ewa Sadowska, spoke to reporters.",
        {("Tomasz Lenart", "ADVISER_TO", "Ewa Sadowska"), ("Ewa Sadowska", "HOLDS_ROLE", "Poland")},
        set(),
    ),
    (
        "meeting_held_with_place",
        "German Chancellor Karl Brandt met Japanese Prime Minister Kenji Sato in Tokyo on Tuesday.",
        {("Karl Brandt", "MET_WITH", "Kenji Sato"), ("Karl Brandt", "HOLDS_ROLE", "Germany"),
         ("Kenji Sato", "HOLDS_ROLE", "Japan")},
        set(),
    ),
    (
        "negated_meeting",
        "Italian Foreign Minister Marco Ferri did not meet Spanish Foreign Minister Lucia Ortega in Rome.",
        {("Marco Ferri", "HOLDS_ROLE", "Italy")},
        {("Marco Ferri", "MET_WITH", "Lucia Ortega")},
    ),
    (
        "capital_metonymy_accusation",
        "Beijing accused Washington of provoking tensions in the region.",
        {("China", "ACCUSED", "United States")},
        set(),
    ),
    (
        "threat_is_not_attack",
        "Iran threatened to attack Israel if the strikes continued.",
        {("Iran", "THREATENED", "Israel")},
        {("Iran", "ATTACKED", "Israel")},
    ),
    (
        "non_person_names",
        "Thanksgiving was quiet at the White House, a spokeswoman wrote on X.",
        set(),
        set(),
    ),
    (
        "party_politician_is_a_member",
        "The seat went to Labour politician Gareth Pryce after a recount.",
        {("Gareth Pryce", "MEMBER_OF", "Labour Party")},
        set(),
    ),
    (
        "nationality_politicians_are_not_the_state",
        "British politicians lined up to condemn Senator Dale Horne over the remarks.",
        set(),
        {("United Kingdom", "ACCUSED", "Dale Horne")},
    ),
    (
        "relative_clause_on_the_predicate_noun",
        "Ingrid Lofgren is a Swedish politician who was elected to the Riksdag in 2014.",
        {("Ingrid Lofgren", "MEMBER_OF", "Riksdag")},
        set(),
    ),
    (
        "apposition_on_the_predicate_noun",
        "Paola Benedetti is an Italian politician, member of the Democratic Party.",
        {("Paola Benedetti", "MEMBER_OF", "Democratic Party")},
        set(),
    ),
    (
        "party_membership_from_passives_and_seats",
        ("Lotte Brandt was expelled from the Communist Party in 1968. Arvid Sunde won the seat for the "
         "Conservatives in 2001. Helga Moe was nominated by the Republican Party for governor."),
        {("Lotte Brandt", "MEMBER_OF", "Communist Party"), ("Arvid Sunde", "MEMBER_OF", "Conservative Party"),
         ("Helga Moe", "MEMBER_OF", "Republican Party")},
        set(),
    ),
    (
        "representing_a_party_and_a_place",
        "Dario Ferraz represented the Liberal Party in the Senate, and Ines Rocha represented Ohio.",
        {("Dario Ferraz", "MEMBER_OF", "Liberal Party")},
        {("Ines Rocha", "MEMBER_OF", "Liberal Party")},
    ),
    (
        "first_to_lead_happened_best_to_meet_did_not",
        "Astrid Holm was the first woman to lead the Green Party. Ola Berg is the best person to meet Jonas Dahl.",
        {("Astrid Holm", "HOLDS_ROLE", "Green Party")},
        {("Ola Berg", "MET_WITH", "Jonas Dahl"), ("Jonas Dahl", "MET_WITH", "Ola Berg")},
    ),
    (
        "candidate_for_a_legislature_not_its_member",
        ("Noor Haddad ran for the Legislative Assembly of Ontario in 1999. Critics include Senator Paul Ortiz, "
         "who is running for the Senate, and Representative Dana Kirk, who resigned."),
        {("Noor Haddad", "HOLDS_ROLE", "Legislative Assembly of Ontario"), ("Paul Ortiz", "HOLDS_ROLE", "US Senate")},
        {("Noor Haddad", "MEMBER_OF", "Legislative Assembly of Ontario"), ("Dana Kirk", "HOLDS_ROLE", "US Senate")},
    ),
    (
        "heading_an_organisations_mission",
        ("Lena Vogt, the Austrian diplomat who heads the OSCE Kosovo mission, was criticised. "
         "Ivo Kral is expected to head a new NATO review panel."),
        {("Lena Vogt", "HOLDS_ROLE", "OSCE")},
        {("Ivo Kral", "HOLDS_ROLE", "NATO")},
    ),
    (
        "worked_at_each_of_a_list",
        "Peter Okafor taught at Lagos University and the National Defence College.",
        {("Peter Okafor", "MEMBER_OF", "Lagos University"), ("Peter Okafor", "MEMBER_OF", "National Defence College")},
        set(),
    ),
    (
        "advising_bodies_not_recommending",
        "Peter Okafor has advised, among others, the World Bank and the Aspen Institute. Peter Okafor advised Ruth Cole to resign.",
        {("Peter Okafor", "ADVISER_TO", "World Bank"), ("Peter Okafor", "ADVISER_TO", "Aspen Institute")},
        {("Peter Okafor", "ADVISER_TO", "Ruth Cole")},
    ),
    (
        "office_of_a_place_and_its_party",
        ("Peter Okafor served two terms as Mayor of Bonn. Said Rita Moreno, the Republican mayor of Lakewood, "
         "and Tom Ortiz, director of Sierra Club Florida."),
        {("Peter Okafor", "HOLDS_ROLE", "Bonn"), ("Rita Moreno", "MEMBER_OF", "Republican Party")},
        {("Tom Ortiz", "HOLDS_ROLE", "Florida")},
    ),
    (
        "party_picks_its_candidate",
        "In 1995, the Labour Party selected Peter Okafor as its candidate for Leeds. Labour chooses Manchester.",
        {("Peter Okafor", "MEMBER_OF", "Labour Party")},
        {("Manchester", "MEMBER_OF", "Labour Party")},
    ),
    (
        "one_of_the_founders_and_politician_from_a_party",
        "Peter Okafor was one of the founders of the Green Party. Maria Lopez is a Canadian politician from the Reform Party.",
        {("Peter Okafor", "HOLDS_ROLE", "Green Party"), ("Maria Lopez", "MEMBER_OF", "Reform Party")},
        set(),
    ),
    (
        "qualified_party_names_are_parties_of_their_own",
        ("The Social Democrats, led by Peter Okafor, won 30 seats. Maria Lopez, a Social Democrat, spoke. "
         "Roy Dane, the conservative Christian Republican, spoke."),
        {("Peter Okafor", "HOLDS_ROLE", "Social Democrats"), ("Maria Lopez", "MEMBER_OF", "Social Democrats")},
        {("Peter Okafor", "HOLDS_ROLE", "Democratic Party")},
    ),
    (
        "title_as_subject_of_the_copula",
        "Ghana's envoy at the time was Kofi Mensah. The winner was Peter Okafor.",
        {("Kofi Mensah", "ENVOY_OF", "Ghana")},
        set(),
    ),
    (
        "shadow_ministers_hold_no_office_of_the_state",
        "Conservative shadow home secretary Peter Okafor said it. Maria Lopez, the shadow chancellor, agreed.",
        {("Peter Okafor", "HOLDS_ROLE", "Conservative Party")},
        {("Peter Okafor", "HOLDS_ROLE", "United Kingdom"), ("Maria Lopez", "HOLDS_ROLE", "United Kingdom")},
    ),
    (
        "committees_and_academies_keep_their_whole_names",
        ("Senate Finance Committee Chairman Orrin Hale said it. Peter Okafor was elected to the US National "
         "Academy of Sciences. Ana Ruiz, a senior member of the House tax committee, agreed."),
        {("Orrin Hale", "HOLDS_ROLE", "Senate Finance Committee"),
         ("Peter Okafor", "MEMBER_OF", "US National Academy of Sciences")},
        {("Ana Ruiz", "MEMBER_OF", "Senate Finance Committee")},
    ),
    (
        "campaigned_for_a_seat_in_a_legislature",
        "Maria Lopez ran for a seat on the Toronto City Council in 2003.",
        {("Maria Lopez", "HOLDS_ROLE", "Toronto City Council")},
        {("Maria Lopez", "MEMBER_OF", "Toronto City Council")},
    ),
    (
        "population_is_not_its_state",
        "More Americans visited Cuba last year. The Russians met the Ukrainians in Istanbul.",
        {("Russia", "MET_WITH", "Ukraine")},
        {("United States", "MET_WITH", "Cuba")},
    ),
    (
        "plural_noun_after_one_name_is_the_next_list_item",
        ("The panel will speak to Mr Okafor, representatives of the Royal Society and the Fish Authority. "
         "Maria Lopez, other Green Party members and Tom Ortiz attended."),
        {("Maria Lopez", "MEMBER_OF", "Green Party")},
        {("Okafor", "HOLDS_ROLE", "Royal Society")},
    ),
    (
        "taught_at_a_university",
        "Okonkwo taught at Lagos University for a decade.",
        {("Okonkwo", "MEMBER_OF", "Lagos University")},
        set(),
    ),
    (
        "successor_takes_the_title",
        "Lisa Holm was succeeded by Erik Dahl as leader of the Green Party. Moore portrayed Jones as a Democrat.",
        {("Erik Dahl", "HOLDS_ROLE", "Green Party")},
        {("Moore", "MEMBER_OF", "Democratic Party")},
    ),
    (
        "winning_a_partys_nomination",
        "Carla Mendes won the Republican nomination for governor. Later, Daniel Moreau sought the nomination of the Green Party.",
        {("Carla Mendes", "MEMBER_OF", "Republican Party"), ("Daniel Moreau", "MEMBER_OF", "Green Party")},
        set(),
    ),
    (
        "private_title_with_a_nationality_is_no_office",
        ("Russian lawyer Olga Vasko met Republican strategist Dale Horne. Sunday Telegraph journalist "
         "Ewan Blair wrote the book."),
        {("Ewan Blair", "HOLDS_ROLE", "Telegraph")},
        {("Olga Vasko", "HOLDS_ROLE", "Russia"), ("Dale Horne", "HOLDS_ROLE", "United States")},
    ),
    (
        "its_is_the_subject_or_the_listed_body",
        ("Nordic Broadcasting said it had suspended Ola Brekke, its chief correspondent. "
         "\"We look forward to the vote,\" its chairwoman, Ida Moen, said."),
        {("Ola Brekke", "HOLDS_ROLE", "Nordic Broadcasting")},
        {("Ida Moen", "HOLDS_ROLE", "Nordic Broadcasting")},
    ),
    (
        "title_in_an_unnamed_unit_of_an_organisation",
        "Kenji Mori, a staff member of the planning department at Toshiba, said output would rise.",
        {("Kenji Mori", "MEMBER_OF", "Toshiba")},
        set(),
    ),
    (
        "title_of_a_country_before_the_name",
        "President of Finland Aino Virtanen opened the session, said Pekka Laine, president of Baltic Green Travel.",
        {("Aino Virtanen", "HOLDS_ROLE", "Finland")},
        set(),
    ),
    (
        "bare_national_title_in_a_sentence_about_one_country",
        ("Between 2001 and 2005 Ghana was governed by a coalition signed by then President Kofi Mensah. "
         "China warned President Dale Horne on Monday. Russia denied it and President Ana Ruiz called it a hoax."),
        {("Kofi Mensah", "HOLDS_ROLE", "Ghana")},
        {("Dale Horne", "HOLDS_ROLE", "China"), ("Ana Ruiz", "HOLDS_ROLE", "Russia")},
    ),
    (
        "figure_in_a_party",
        "Marta Velez was a leading figure in the Labour Party for two decades.",
        {("Marta Velez", "MEMBER_OF", "Labour Party")},
        set(),
    ),
    (
        "portfolio_title_then_country",
        "Rosa Quintero served as Minister of Tourism of Peru from 2011 to 2014.",
        {("Rosa Quintero", "HOLDS_ROLE", "Peru")},
        set(),
    ),
    (
        "former_states_are_countries",
        "Soviet leader Pavel Orlov and Yugoslav President Dragan Kos met East German leader Horst Lenz in 1979.",
        {("Pavel Orlov", "HOLDS_ROLE", "Soviet Union"), ("Dragan Kos", "HOLDS_ROLE", "Yugoslavia"),
         ("Horst Lenz", "HOLDS_ROLE", "East Germany")},
        {("Horst Lenz", "HOLDS_ROLE", "Germany")},
    ),
    (
        "realm_after_titled_name",
        ("The accord was signed by King Harald V of Norway, President Mara Velde of Estonia and Governor Lena "
        "Ruiz of Arizona, while Senator Ben Cole of Texas watched."),
        {("Harald V", "HOLDS_ROLE", "Norway"), ("Mara Velde", "HOLDS_ROLE", "Estonia"),
         ("Lena Ruiz", "HOLDS_ROLE", "Arizona")},
        {("Ben Cole", "HOLDS_ROLE", "Texas")},  # a member of the US Senate, from Texas
    ),
    (
        "lost_nomination_and_elected_on_ticket",
        ("Ana Ruiz lost the Republican nomination to Tom Hale, and Dan Roe was elected lieutenant governor on "
        "the Democratic ticket."),
        {("Ana Ruiz", "MEMBER_OF", "Republican Party"), ("Dan Roe", "MEMBER_OF", "Democratic Party")},
        {("Tom Hale", "MEMBER_OF", "Democratic Party")},
    ),
    (
        "historic_party",
        "Silas Hart was elected as a Whig to the state legislature in 1840.",
        {("Silas Hart", "MEMBER_OF", "Whig Party")},
        set(),
    ),
    (
        "national_legislature_by_its_own_name",
        "Karin Ek was elected to the Riksdag in 2006, and Sean Daly served in the Dail from 1997.",
        {("Karin Ek", "MEMBER_OF", "Riksdag"), ("Riksdag", "PART_OF", "Sweden")},
        set(),
    ),
    (
        "two_titles_one_modifier",
        ("\"Sales rose,\" said Norvia SpA chairman and chief executive officer Carlo Brandi. The bill pleased "
        "Republican lawmakers and President Dan Hale."),
        {("Carlo Brandi", "HOLDS_ROLE", "Norvia SpA")},
        {("Dan Hale", "HOLDS_ROLE", "Republican Party"), ("Dan Hale", "MEMBER_OF", "Republican Party")},
    ),
    (
        "letters_after_the_name",
        "The Tory finance spokesman, Ian Rudd MSP, said the plan would fail.",
        {("Ian Rudd", "SPOKESPERSON_FOR", "Conservative Party")},
        set(),
    ),
    (
        "party_government_of_a_person",
        ("The Liberals defeated the Progressive Conservative Party government of Roy Hale in 1963. Her father Sean Ryan "
        "was elected as a Fianna Fail Teachta Dala for Sligo in 1927."),
        {("Roy Hale", "MEMBER_OF", "Progressive Conservative Party"), ("Sean Ryan", "MEMBER_OF", "Fianna Fáil")},
        set(),
    ),
    (
        "parties_of_the_world",
        "Yabloko leader Ivan Petrov met Meretz leader Dana Levi, and the PvdA's Jan de Wit became prime minister.",
        {("Ivan Petrov", "HOLDS_ROLE", "Yabloko"), ("Dana Levi", "HOLDS_ROLE", "Meretz"),
         ("Jan de Wit", "MEMBER_OF", "Labour Party of the Netherlands")},
        set(),
    ),
    (
        "won_the_riding_for_a_party",
        "Ann Roe won the riding of Nanaimo for the New Democratic Party in 2006.",
        {("Ann Roe", "MEMBER_OF", "New Democratic Party")},
        set(),
    ),
    (
        "led_by_respectively",
        "Both the Liberal Party and the Green Party, led by Ann Moss and Tom Reid, respectively, won seats.",
        {("Ann Moss", "HOLDS_ROLE", "Liberal Party"), ("Tom Reid", "HOLDS_ROLE", "Green Party")},
        {("Ann Moss", "HOLDS_ROLE", "Green Party"), ("Tom Reid", "HOLDS_ROLE", "Liberal Party")},
    ),
    (
        "seats_of_other_parliaments",
        "Conservative MEP Ida Lowe and SNP MSP Rab Kerr spoke, and Fine Gael TD Niamh Burke agreed.",
        {("Ida Lowe", "MEMBER_OF", "Conservative Party"), ("Rab Kerr", "MEMBER_OF", "Scottish National Party"),
         ("Niamh Burke", "MEMBER_OF", "Fine Gael"), ("Niamh Burke", "HOLDS_ROLE", "Ireland")},
        {("Ida Lowe", "HOLDS_ROLE", "United Kingdom"), ("Rab Kerr", "HOLDS_ROLE", "United Kingdom")},
    ),
    (
        "defeating_someone_to_win_a_seat",
        "Paul Kane was elected in 1997, defeating Fine Gael TD Mary Dunne to win a second seat for Fianna Fail.",
        set(),
        {("Mary Dunne", "MEMBER_OF", "Fianna Fáil")},
    ),
    (
        "party_of_a_region_before_a_title",
        "She lost to Liberal Party of Paraguay leader Ian Rowe in 2003.",
        {("Ian Rowe", "HOLDS_ROLE", "Liberal Party"), ("Ian Rowe", "MEMBER_OF", "Liberal Party")},
        {("Ian Rowe", "HOLDS_ROLE", "Paraguay")},
    ),
    (
        "descriptions_listed_after_an_organisation",
        ("Rhea Talbot is a fellow with the Marlow Institution at Kent University, a visiting scholar at the "
        "Gorse Institute and a member of the Council on Baltic Affairs."),
        {("Rhea Talbot", "HOLDS_ROLE", "Marlow Institution"), ("Rhea Talbot", "HOLDS_ROLE", "Gorse Institute"),
         ("Rhea Talbot", "MEMBER_OF", "Council on Baltic Affairs")},
        {("Rhea Talbot", "HOLDS_ROLE", "Kent University")},
    ),
    (
        "a_think_tank_is_no_occupation",
        "Rhea Talbot, a senior fellow at the Marlow Institution, a think tank at Kent University, said so.",
        {("Rhea Talbot", "HOLDS_ROLE", "Marlow Institution")},
        {("Rhea Talbot", "MEMBER_OF", "Kent University")},
    ),
    (
        "lowercase_board_of_directors",
        "Rhea Talbot, a member of the board of directors of the Heron Trust, said it.",
        {("Rhea Talbot", "MEMBER_OF", "Heron Trust")},
        set(),
    ),
    (
        "ran_for_two_parties_in_two_years",
        "Ossian Bray ran for the Liberal Party in 1945 and for the New Democratic Party in 1974.",
        {("Ossian Bray", "MEMBER_OF", "Liberal Party"), ("Ossian Bray", "MEMBER_OF", "New Democratic Party")},
        set(),
    ),
    (
        "named_coalition_led_by",
        "The National Unity Front coalition led by Ossian Bray won the 1970 election.",
        {("Ossian Bray", "HOLDS_ROLE", "National Unity Front")},
        set(),
    ),
    (
        "ran_in_a_riding_for_a_party",
        "Kowalczyk also ran in the 2000 federal election in the riding of Lake East for the Reform Party.",
        {("Kowalczyk", "MEMBER_OF", "Reform Party")},
        set(),
    ),
    (
        "party_plural_including_people",
        ("Several Labour MPs, such as Tom Hale and Ann Roe, voted against, and Ossian Bray defeated several Whig "
        "candidates, including Senator Hugh Lasker."),
        {("Tom Hale", "MEMBER_OF", "Labour Party"), ("Ann Roe", "MEMBER_OF", "Labour Party"),
         ("Hugh Lasker", "MEMBER_OF", "Whig Party")},
        {("Ossian Bray", "MEMBER_OF", "Whig Party")},
    ),
    (
        "party_name_plural_including_people",
        "Republican senators criticised Democrats, including Tom Hale, and met foreign leaders, including Ivan Petrov.",
        {("Tom Hale", "MEMBER_OF", "Democratic Party")},
        {("Tom Hale", "MEMBER_OF", "Republican Party"), ("Ivan Petrov", "MEMBER_OF", "Republican Party")},
    ),
    (
        "portfolio_with_for_then_country",
        "Tomas Grell was the Minister for Foreign Affairs of Ireland.",
        {("Tomas Grell", "HOLDS_ROLE", "Ireland")},
        set(),
    ),
    (
        "held_the_post_of_a_title",
        "Tomas Grell held the post of Foreign Minister of Chile until 1990.",
        {("Tomas Grell", "HOLDS_ROLE", "Chile")},
        set(),
    ),
    (
        "appointed_to_the_office_of_a_title",
        "Tomas Grell was appointed to the office of Attorney General of Kenya in 2005.",
        {("Tomas Grell", "HOLDS_ROLE", "Kenya")},
        set(),
    ),
    (
        "succeeded_someone_as_a_title",
        "Tomas Grell succeeded Margaret Hale as President of Chile.",
        {("Tomas Grell", "HOLDS_ROLE", "Chile")},
        set(),
    ),
    (
        "a_diplomat_of_a_country",
        "Tomas Grell, a Chilean diplomat, was born in 1950.",
        {("Tomas Grell", "ENVOY_OF", "Chile")},
        set(),
    ),
    (
        "office_of_a_politician_of_one_country",
        "Tomas Grell (born 1950) is a Chilean politician who served as Minister of Health.",
        {("Tomas Grell", "HOLDS_ROLE", "Chile")},
        set(),
    ),
    (
        "office_of_a_politician_with_an_office_elsewhere",
        "Tomas Grell, the Prime Minister of Peru, is a Chilean politician who served as Minister of Health.",
        set(),
        {("Tomas Grell", "HOLDS_ROLE", "Chile")},
    ),
    (
        "list_shares_plural_apposition",
        "Ann Roe, Tom Beck and Kay Moss, all members of the Forest Party, voted against the bill.",
        {("Ann Roe", "MEMBER_OF", "Forest Party"), ("Tom Beck", "MEMBER_OF", "Forest Party"),
         ("Kay Moss", "MEMBER_OF", "Forest Party")},
        set(),
    ),
    (
        "list_shares_plural_title",
        "Labour MPs Ann Roe and Tom Beck voted against the bill.",
        {("Ann Roe", "MEMBER_OF", "Labour Party"), ("Tom Beck", "MEMBER_OF", "Labour Party")},
        set(),
    ),
    (
        "singular_title_is_the_first_names_alone",
        "Peruvian President Ann Roe and Tom Beck met in Rome on Monday.",
        {("Ann Roe", "HOLDS_ROLE", "Peru")},
        {("Tom Beck", "HOLDS_ROLE", "Peru")},
    ),
    (
        "list_shares_party_possessive",
        "The Forest Party's Ann Roe and Tom Beck voted against the bill.",
        {("Ann Roe", "MEMBER_OF", "Forest Party"), ("Tom Beck", "MEMBER_OF", "Forest Party")},
        set(),
    ),
    (
        "list_shares_party_after_it",
        "Ann Roe and Tom Beck of the Forest Party voted against the bill.",
        {("Ann Roe", "MEMBER_OF", "Forest Party"), ("Tom Beck", "MEMBER_OF", "Forest Party")},
        set(),
    ),
    (
        "defected_from_one_party_to_another",
        "Martha Quill defected from the Labour Party to the Green Party in 2003.",
        {("Martha Quill", "MEMBER_OF", "Labour Party"), ("Martha Quill", "MEMBER_OF", "Green Party")},
        set(),
    ),
    (
        "left_one_party_for_another",
        "In 1985 Harold Finch left the Liberal Party for the Reform Party.",
        {("Harold Finch", "MEMBER_OF", "Liberal Party"), ("Harold Finch", "MEMBER_OF", "Reform Party")},
        set(),
    ),
    (
        "resigned_from_a_party_not_from_a_city",
        "Ann Roe resigned from the Liberal Party in 1996 and left London for Paris.",
        {("Ann Roe", "MEMBER_OF", "Liberal Party")},
        {("Ann Roe", "MEMBER_OF", "Paris"), ("Ann Roe", "HOLDS_ROLE", "Paris")},
    ),
    (
        "succeeded_as_leader_by",
        "In 1990 Tom Beck was succeeded as leader of the Liberal Party by Ann Roe.",
        {("Ann Roe", "HOLDS_ROLE", "Liberal Party"), ("Tom Beck", "HOLDS_ROLE", "Liberal Party")},
        set(),
    ),
    (
        "party_under_a_person",
        "The Liberal Party under Ann Roe won 40 seats, and the FCC under Tom Beck changed its rules.",
        {("Ann Roe", "HOLDS_ROLE", "Liberal Party")},
        {("Tom Beck", "HOLDS_ROLE", "FCC"), ("Tom Beck", "MEMBER_OF", "FCC")},
    ),
    (
        "peoples_party_is_a_party_of_its_own",
        "Okonjo Bello was a member of the People's Democratic Party, and Ann Roe led the People's Party.",
        {("Okonjo Bello", "MEMBER_OF", "People's Democratic Party"), ("Ann Roe", "HOLDS_ROLE", "People's Party")},
        {("Okonjo Bello", "MEMBER_OF", "Democratic Party"), ("Ann Roe", "HOLDS_ROLE", "Partido Popular")},
    ),
    (
        "leading_figure_in_two_parties",
        "Inukai Ren was a leading figure in the Forest Party and the Green League.",
        {("Inukai Ren", "MEMBER_OF", "Forest Party"), ("Inukai Ren", "MEMBER_OF", "Green League")},
        set(),
    ),
    (
        "won_the_leadership_of_a_party",
        "Ann Roe won the leadership of the Forest Party in 1990, but Tom Beck did not win the chairmanship of the Green League.",
        {("Ann Roe", "HOLDS_ROLE", "Forest Party")},
        {("Tom Beck", "HOLDS_ROLE", "Green League")},
    ),
    (
        "ran_for_the_chairmanship_of_a_party",
        "Tom Beck ran for the chairmanship of the Forest Party in 1963 and later sought the presidency of Peru.",
        {("Tom Beck", "MEMBER_OF", "Forest Party")},
        {("Tom Beck", "HOLDS_ROLE", "Peru"), ("Tom Beck", "MEMBER_OF", "Peru")},
    ),
    (
        "country_has_had_presidents_listed",
        "Peru has had three Liberal presidents: Ann Roe, Tom Beck and Kay Moss.",
        {("Ann Roe", "HOLDS_ROLE", "Peru"), ("Tom Beck", "HOLDS_ROLE", "Peru"), ("Kay Moss", "HOLDS_ROLE", "Peru")},
        set(),
    ),
    (
        "re_elected_as_a_party_mp",
        "Ann Roe was re-elected as a Labour MP in 1994.",
        {("Ann Roe", "MEMBER_OF", "Labour Party")},
        set(),
    ),
    (
        "appointed_a_minister_of_a_country",
        "Ann Roe was appointed Finance Minister of Peru in 1990.",
        {("Ann Roe", "HOLDS_ROLE", "Peru")},
        set(),
    ),
    (
        "crossed_the_floor_to_join",
        "Ann Roe crossed the floor to join the Green League in 1995, and Tom Beck left the Forest Party to join it too.",
        {("Ann Roe", "MEMBER_OF", "Green League"), ("Tom Beck", "MEMBER_OF", "Forest Party")},
        set(),
    ),
    (
        "sat_in_a_legislature_for_a_party",
        "Ann Roe sat in the Senate for the Forest Party from 1990 to 1997.",
        {("Ann Roe", "MEMBER_OF", "Forest Party")},
        set(),
    ),
    (
        "party_whip",
        "Ann Roe served as the Forest Party's whip from 1990 to 1997.",
        {("Ann Roe", "HOLDS_ROLE", "Forest Party")},
        set(),
    ),
    (
        "election_as_leader",
        "After Ann Roe's election as leader of the Forest Party, Tom Beck's defeat was forgotten.",
        {("Ann Roe", "HOLDS_ROLE", "Forest Party")},
        {("Tom Beck", "HOLDS_ROLE", "Forest Party"), ("Tom Beck", "MEMBER_OF", "Forest Party")},
    ),
    (
        "having_won_a_seat_for_a_party",
        "Jo Vallen was already a senator, having previously won a seat for the Forest Party in 1984.",
        {("Jo Vallen", "MEMBER_OF", "Forest Party")},
        set(),
    ),
    (
        "lone_surname_that_advised",
        "Lieberthal has advised the World Bank and the Aspen Institute.",
        {("Lieberthal", "ADVISER_TO", "World Bank"), ("Lieberthal", "ADVISER_TO", "Aspen Institute")},
        set(),
    ),
    (
        "lone_surname_on_a_board",
        "Patteson was a member of the Board of Trustees of Wesleyan College.",
        {("Patteson", "MEMBER_OF", "Board of Trustees of Wesleyan College")},
        set(),
    ),
    (
        "organisations_listed_after_a_name_are_no_description",
        "Then the Forest Party of Anna Berg, the PPI and the Green League joined the coalition.",
        {("Anna Berg", "MEMBER_OF", "Forest Party")},
        {("Anna Berg", "MEMBER_OF", "Green League")},
    ),
    (
        "party_title_with_more_before_the_name",
        "Candidates included Forest Party leader Ann Roe, Green League leader and former judge Tom Beck, and others.",
        {("Ann Roe", "HOLDS_ROLE", "Forest Party")},
        {("Ann Roe", "MEMBER_OF", "Green League")},
    ),
    (
        "ethnicity_is_no_state",
        "The Forest Party had an ethnic Chinese candidate, May Chiu, in the riding.",
        set(),
        {("May Chiu", "HOLDS_ROLE", "China")},
    ),
    (
        "contested_a_seat_for_a_party",
        "In 1999 Ann Roe contested the seat of Ashford for the Forest Party.",
        {("Ann Roe", "MEMBER_OF", "Forest Party")},
        set(),
    ),
    (
        "elected_on_a_party_list",
        "Ann Roe was elected to the Bundestag on the Forest Party list, and Tom Beck won on the Green League line.",
        {("Ann Roe", "MEMBER_OF", "Forest Party"), ("Tom Beck", "MEMBER_OF", "Green League")},
        set(),
    ),
    (
        "refused_to_join_and_was_not_a_member",
        "Dario Fenn refused to join the Forest Party, and Ann Roe was not a member of the Green League.",
        set(),
        {("Dario Fenn", "MEMBER_OF", "Forest Party"), ("Ann Roe", "MEMBER_OF", "Green League")},
    ),
    (
        "deputy_leader_is_no_leader",
        "Tomas Varga was elected deputy leader of the Forest Party in 2005.",
        {("Tomas Varga", "HOLDS_ROLE", "Forest Party")},
        set(),
    ),
    (
        "possible_leader_is_no_leader",
        "Karl Omer was widely touted as a possible leader of the National Movement.",
        set(),
        {("Karl Omer", "HOLDS_ROLE", "National Movement")},
    ),
    (
        "youth_wing_leader_does_not_lead_the_party",
        "Ivo Marek was leader of the Forest Party's youth wing.",
        set(),
        {("Ivo Marek", "HOLDS_ROLE", "Forest Party")},
    ),
    (
        "coalition_under_a_prime_minister",
        "The Forest Party and the Unity Movement Party formed a government under Prime Minister Marta Kolb.",
        set(),
        {("Marta Kolb", "HOLDS_ROLE", "Forest Party"), ("Marta Kolb", "HOLDS_ROLE", "Unity Movement Party")},
    ),
    (
        "mayor_of_a_capital_is_no_office_of_the_country",
        "Luis Carrasco was mayor of Lima from 2003 to 2010.",
        {("Luis Carrasco", "HOLDS_ROLE", "Lima")},
        {("Luis Carrasco", "HOLDS_ROLE", "Peru")},
    ),
    (
        "member_of_several_organisations_such_as",
        "Ann Roe has been a member of several organisations such as the Red Cross and Amnesty International.",
        {("Ann Roe", "MEMBER_OF", "Amnesty International")},
        set(),
    ),
    (
        "founder_of_a_number_of_parties_including",
        "Isaac Bott was the founder of a number of nationalist parties, including the Forest Party in 1836.",
        {("Isaac Bott", "HOLDS_ROLE", "Forest Party")},
        set(),
    ),
    (
        "re_elected_as_leader",
        "Marta Kolb was re-elected as leader of the Forest Party in 1999.",
        {("Marta Kolb", "HOLDS_ROLE", "Forest Party")},
        set(),
    ),
    (
        "joined_and_became_its_leader",
        "Pieter Holm joined the Labour Front in 1970 and later became its leader.",
        {("Pieter Holm", "HOLDS_ROLE", "Labour Front")},
        set(),
    ),
    (
        "second_copula_with_a_subject_of_its_own",
        "Ann Roe is chairman of the Finance Committee and Tom Beck is the top Democrat on the Budget Committee.",
        {("Ann Roe", "HOLDS_ROLE", "Finance Committee")},
        {("Ann Roe", "MEMBER_OF", "Democratic Party")},
    ),
    (
        "belonged_to_a_party",
        "Karl Omer belonged to the National Movement Party until 1998.",
        {("Karl Omer", "MEMBER_OF", "National Movement Party")},
        set(),
    ),
    (
        "under_someones_leadership",
        "Under Elena Rusu's leadership, the Forest Party became the largest party in Romania.",
        {("Elena Rusu", "HOLDS_ROLE", "Forest Party")},
        set(),
    ),
    (
        "led_by_fronted",
        "Led by Karl Omer, the Forest Party boycotted the vote.",
        {("Karl Omer", "HOLDS_ROLE", "Forest Party")},
        set(),
    ),
    (
        "co_founded_with",
        "Pavel Dusek co-founded the Forest Party with Marta Kolb in 1989.",
        {("Pavel Dusek", "HOLDS_ROLE", "Forest Party"), ("Marta Kolb", "HOLDS_ROLE", "Forest Party")},
        set(),
    ),
    (
        "likely_successor_is_no_former_holder",
        "Ann Roe remains the woman most likely to succeed Tom Beck as leader of the Forest Party.",
        set(),
        {("Ann Roe", "HOLDS_ROLE", "Forest Party")},
    ),
    (
        "party_primary",
        "Karl Omer won the Republican primary in 2010, and Ann Roe defeated Tom Beck in the Forest Party primary.",
        {("Karl Omer", "MEMBER_OF", "Republican Party"), ("Ann Roe", "MEMBER_OF", "Forest Party"),
         ("Tom Beck", "MEMBER_OF", "Forest Party")},
        set(),
    ),
    (
        "topped_a_party_list",
        "Karl Omer headed the Forest Party's list in the 2010 election.",
        {("Karl Omer", "MEMBER_OF", "Forest Party")},
        set(),
    ),
    (
        "candidate_with_a_party_in_brackets",
        "In the 2010 election, Kaja Tamm (Forest Party) finished second with 31%.",
        {("Kaja Tamm", "MEMBER_OF", "Forest Party")},
        set(),
    ),
    (
        "former_adviser_is_still_an_adviser_edge",
        "Former Peruvian President Ana Villa's former adviser Tom Beck testified on Friday.",
        {("Tom Beck", "ADVISER_TO", "Ana Villa")},
        set(),
    ),
    (
        "former_member_of_a_party",
        "Marta Kolb is a former member of the Forest Party.",
        {("Marta Kolb", "MEMBER_OF", "Forest Party")},
        set(),
    ),
    (
        "list_shares_a_party_in_brackets_with_all",
        "Jonas Brel, Sara Lind and Ann Roe (all Forest Party) were elected.",
        {("Jonas Brel", "MEMBER_OF", "Forest Party"), ("Sara Lind", "MEMBER_OF", "Forest Party"),
         ("Ann Roe", "MEMBER_OF", "Forest Party")},
        set(),
    ),
    (
        "list_shares_a_plural_party_title",
        "Anna Sokol and Pavel Dusek, both Forest Party deputies, abstained.",
        {("Anna Sokol", "MEMBER_OF", "Forest Party"), ("Pavel Dusek", "MEMBER_OF", "Forest Party")},
        set(),
    ),
    (
        "among_the_founders",
        "Karl Omer was among the founders of the Forest Party.",
        {("Karl Omer", "HOLDS_ROLE", "Forest Party")},
        set(),
    ),
    (
        "whose_first_leader_was",
        "The Forest Party, whose first leader was Sara Lind, was founded in 1990.",
        {("Sara Lind", "HOLDS_ROLE", "Forest Party")},
        set(),
    ),
    (
        "second_title_joined_to_a_date",
        "Tomas Varga has been Prime Minister of Hungary since 2010 and leader of the Forest Party since 2003.",
        {("Tomas Varga", "HOLDS_ROLE", "Hungary"), ("Tomas Varga", "HOLDS_ROLE", "Forest Party")},
        set(),
    ),
    (
        "appointed_minister_of_a_portfolio_of_a_country",
        "Jonas Brel was appointed Minister of Finance of Belgium in 2001.",
        {("Jonas Brel", "HOLDS_ROLE", "Belgium")},
        set(),
    ),
    (
        "adviser_to_a_party_advises_it",
        "Jonas Brel, an adviser to the Forest Party, wrote the manifesto.",
        {("Jonas Brel", "ADVISER_TO", "Forest Party")},
        {("Jonas Brel", "MEMBER_OF", "Forest Party")},
    ),
    (
        "pronoun_served_as_a_title",
        "Tomas Grell is a Chilean politician. He served as leader of the Christian Democratic Party in 1990.",
        {("Tomas Grell", "HOLDS_ROLE", "Christian Democratic Party")},
        set(),
    ),
    (
        "name_led_party",
        "The Hallgren-led Forest Party won the election in 2019. The Agrarian League (a Jonas Lindqvist-led "
        "party) lost.",
        {("Hallgren", "HOLDS_ROLE", "Forest Party"), ("Jonas Lindqvist", "HOLDS_ROLE", "Agrarian League")},
        {("Jonas Lindqvist", "HOLDS_ROLE", "Forest Party")},
    ),
    (
        "us_party_and_state_tags",
        "Sen. Maria Lopez (D-Ohio) and Rep. Tom Beck, R-Texas, spoke, as did Ann Roe (R) and Sam Wu (I-Vt.).",
        {("Maria Lopez", "MEMBER_OF", "Democratic Party"), ("Tom Beck", "MEMBER_OF", "Republican Party"),
         ("Ann Roe", "MEMBER_OF", "Republican Party")},
        {("Sam Wu", "MEMBER_OF", "Republican Party"), ("Sam Wu", "MEMBER_OF", "Democratic Party")},
    ),
    (
        "party_challenger_is_a_member_not_an_office",
        "Tom Beck lost the seat to Democratic challenger Ann Roe, and Republican governor Sam Wu conceded.",
        {("Ann Roe", "MEMBER_OF", "Democratic Party"), ("Sam Wu", "MEMBER_OF", "Republican Party")},
        {("Ann Roe", "HOLDS_ROLE", "United States"), ("Sam Wu", "HOLDS_ROLE", "United States")},
    ),
    (
        "party_adjective_president_is_the_countrys",
        "He won the support of Democratic President Tom Beck, while Forest Party president Ann Roe stayed away.",
        {("Tom Beck", "HOLDS_ROLE", "United States"), ("Tom Beck", "MEMBER_OF", "Democratic Party"),
         ("Ann Roe", "HOLDS_ROLE", "Forest Party")},
        {("Tom Beck", "HOLDS_ROLE", "Democratic Party")},
    ),
    (
        "party_title_before_a_second_description",
        "Candidates included Forest Party leader and former magistrate Ann Roe and Republican President (and "
        "former Governor) Tom Beck.",
        {("Ann Roe", "HOLDS_ROLE", "Forest Party"), ("Tom Beck", "MEMBER_OF", "Republican Party")},
        set(),
    ),
    (
        "ran_for_a_party_nomination",
        "Ann Roe ran for the Democratic presidential nomination in 1976, and Tom Beck ran as a candidate for the "
        "Republican nomination in 1980. Sam Wu did not run for the Democratic nomination.",
        {("Ann Roe", "MEMBER_OF", "Democratic Party"), ("Tom Beck", "MEMBER_OF", "Republican Party")},
        {("Sam Wu", "MEMBER_OF", "Democratic Party")},
    ),
    (
        "each_party_line_is_the_name_before_it",
        "Tom Beck won re-election on Democratic and Working Families Party lines, over challengers Ann Roe on the "
        "Republican and Conservative party lines and Sam Wu on the Reform Party line.",
        {("Tom Beck", "MEMBER_OF", "Democratic Party"), ("Ann Roe", "MEMBER_OF", "Republican Party"),
         ("Sam Wu", "MEMBER_OF", "Reform Party")},
        {("Tom Beck", "MEMBER_OF", "Republican Party"), ("Tom Beck", "MEMBER_OF", "Reform Party"),
         ("Ann Roe", "MEMBER_OF", "Reform Party")},
    ),
    (
        "fellow_of_each_body_and_a_member_after_a_comma",
        "Ann Roe was elected a Fellow of the British Academy, of the Royal Historical Society and of the Royal "
        "Society of Literature. Tom Beck was a fellow of the Royal Society, a member of the Council on Foreign "
        "Relations and a fellow emeritus at the American Enterprise Institute.",
        {("Ann Roe", "HOLDS_ROLE", "Royal Society of Literature"), ("Ann Roe", "HOLDS_ROLE", "British Academy"),
         ("Tom Beck", "MEMBER_OF", "Council on Foreign Relations"),
         ("Tom Beck", "HOLDS_ROLE", "American Enterprise Institute")},
        set(),
    ),
    (
        "member_of_a_closed_list_of_organisations",
        "Ann Roe is a member of Amnesty International, the Sierra Club and the Red Cross. Tom Beck, a member of "
        "the Senate Foreign Relations Committee, the White House said, was absent.",
        {("Ann Roe", "MEMBER_OF", "Sierra Club"), ("Ann Roe", "MEMBER_OF", "International Committee of the Red Cross")},
        {("Tom Beck", "MEMBER_OF", "White House")},
    ),
    (
        "member_for_a_constituency_is_no_membership_of_it",
        "Sir Nicholas was replaced as the member for Kensington by Alan Clark.",
        set(),
        {("Alan Clark", "MEMBER_OF", "Kensington"), ("Nicholas", "MEMBER_OF", "Kensington")},
    ),
    (
        "another_states_senate_is_not_the_us_senate",
        "Ann Roe was elected to the Washington Senate in 2011. Tom Beck was elected to the Senate of Peru in 2016.",
        {("Ann Roe", "MEMBER_OF", "Washington Senate"), ("Tom Beck", "MEMBER_OF", "Senate of Peru")},
        {("Ann Roe", "MEMBER_OF", "US Senate"), ("Tom Beck", "MEMBER_OF", "US Senate")},
    ),
    (
        "a_title_alone_is_no_person",
        "In October 2009 Ulrich was named Head Coach of the Austrian national ice hockey team.",
        set(),
        {("Coach", "HOLDS_ROLE", "Austria")},
    ),
    (
        "party_deputy_under_its_leader",
        "Ann Roe was deputy leader of the Forest Party under Tom Beck, between 2007 and 2014. She was a minister "
        "under Sam Wu.",
        {("Tom Beck", "HOLDS_ROLE", "Forest Party")},
        {("Sam Wu", "HOLDS_ROLE", "Forest Party")},
    ),
    (
        "party_member_and_journalist_is_the_partys_member",
        "The king pardoned Tom Beck and fellow Forest Party member and journalist Ann Roe on Monday.",
        {("Ann Roe", "MEMBER_OF", "Forest Party")},
        {("Ann Roe", "HOLDS_ROLE", "Forest Party")},
    ),
    (
        "untagged_whole_names_in_person_slots",
        "Ana Ruiz represented the Forest Party in the Sejm. The Agrarian League, led by Tomas Grell since 2004, "
        "won 40 seats.",
        {("Ana Ruiz", "MEMBER_OF", "Forest Party"), ("Tomas Grell", "HOLDS_ROLE", "Agrarian League")},
        set(),
    ),
    (
        "a_body_chose_someone_as_its_officer",
        "The Green Union elected Ana Ruiz as its president in 2003. The Forest Party did not elect Tom Beck as "
        "its leader.",
        {("Ana Ruiz", "HOLDS_ROLE", "Green Union")},
        {("Tom Beck", "HOLDS_ROLE", "Forest Party")},
    ),
    (
        "whose_title_name_belongs_to_the_antecedent",
        "The strike was backed by the Forest Workers' Union, whose general secretary Frank Cousins had been elected "
        "in 1956. The Agrarian League, whose leader, Tom Beck, declined, stayed out.",
        {("Frank Cousins", "HOLDS_ROLE", "Forest Workers' Union"), ("Tom Beck", "HOLDS_ROLE", "Agrarian League")},
        set(),
    ),
    (
        "represented_or_sat_in_a_legislature",
        "Margit Halvorsen has represented Hordaland in the Storting since 2005. Rainer Vogel had previously sat in "
        "the Bundestag for the Free Democratic Party. Tom Beck represented his country in the Davis Cup.",
        {("Margit Halvorsen", "MEMBER_OF", "Storting"), ("Rainer Vogel", "MEMBER_OF", "Bundestag"),
         ("Rainer Vogel", "MEMBER_OF", "Free Democratic Party")},
        set(),
    ),
    (
        "party_member_of_a_legislature",
        "Yuki Morimoto, a Democratic Party of Japan member of the House of Councillors, was named minister.",
        {("Yuki Morimoto", "MEMBER_OF", "Democratic Party of Japan"), ("Yuki Morimoto", "MEMBER_OF", "House of Councillors")},
        set(),
    ),
    (
        "a_party_expelled_or_nominated_someone",
        "The Socialist Party of Chile expelled Senator Rodrigo Vial in 2019. The Swiss People's Party nominated Ueli "
        "Maurer for the Federal Council in 2008. The Labour Party did not expel Tom Beck.",
        {("Rodrigo Vial", "MEMBER_OF", "Socialist Party of Chile"), ("Ueli Maurer", "MEMBER_OF", "Swiss People's Party")},
        {("Tom Beck", "MEMBER_OF", "Labour Party")},
    ),
    (
        "leaders_of_parties_respectively",
        "Ngozi Eze and Chidi Nwosu, leaders of the National Party of Nigeria and the Unity Party of Nigeria "
        "respectively, signed the accord in 1982.",
        {("Ngozi Eze", "HOLDS_ROLE", "National Party of Nigeria"), ("Chidi Nwosu", "HOLDS_ROLE", "Unity Party of Nigeria")},
        {("Ngozi Eze", "MEMBER_OF", "Unity Party of Nigeria"), ("Chidi Nwosu", "MEMBER_OF", "National Party of Nigeria"),
         ("Ngozi Eze", "HOLDS_ROLE", "Unity Party of Nigeria")},
    ),
    (
        "mp_for_a_constituency_holds_no_office_of_it",
        "Ana Ruiz, MP for Westford, joined the cabinet; Tom Beck, a veteran of the Komeito, stayed out.",
        {("Tom Beck", "MEMBER_OF", "Komeito")},
        {("Ana Ruiz", "HOLDS_ROLE", "Westford")},
    ),
    (
        "co_founders_and_founding_after_leaving",
        "Vuk Petrović founded the Serbian Renewal Movement in 1990 together with Dragana Ilić. Poul Damgaard left "
        "the Social Democrats in 1973 to establish the Centre Democrats. Andries Treurnicht, a National Party MP, "
        "broke away in 1982 to found the Forest Party. Tom Beck founded the Agrarian League with the support of the unions.",
        {("Dragana Ilić", "HOLDS_ROLE", "Serbian Renewal Movement"), ("Poul Damgaard", "HOLDS_ROLE", "Centre Democrats"),
         ("Andries Treurnicht", "HOLDS_ROLE", "Forest Party")},
        {("Poul Damgaard", "HOLDS_ROLE", "Democratic Party")},
    ),
    (
        "party_of_a_titled_leader",
        "The Freedom Party entered government as junior partner to the Austrian People's Party of Chancellor "
        "Wolfgang Schüssel.",
        {("Wolfgang Schüssel", "MEMBER_OF", "Austrian People's Party")},
        set(),
    ),
    (
        "appointed_to_a_legislature_and_fielded_by_a_party",
        "In 1972, Prime Minister Pierre Trudeau appointed Pierre Lavoie to the Senate of Canada. The Indian "
        "National Congress fielded Ramesh Chaturvedi in Lucknow.",
        {("Pierre Lavoie", "MEMBER_OF", "Senate of Canada"), ("Ramesh Chaturvedi", "MEMBER_OF", "Indian National Congress")},
        {("Pierre Trudeau", "MEMBER_OF", "Senate of Canada")},
    ),
    (
        "taoiseach_and_a_politburo_member",
        "Irish Taoiseach Garret FitzGerald met Jan Nowak, a member of the Polish United Workers' Party Politburo.",
        {("Garret FitzGerald", "HOLDS_ROLE", "Ireland"), ("Jan Nowak", "MEMBER_OF", "Polish United Workers' Party")},
        set(),
    ),
    (
        "party_people_and_hyphenated_names_typed_bodies",
        "Mohammad Rahimi was one of five Awami League MPs expelled in 2009. Nils-Erik Bergström resigned from the "
        "Centre Party in 1990. Vasile Ionescu later served two terms in the Chamber of Deputies for the Social "
        "Democratic Party.",
        {("Nils-Erik Bergström", "MEMBER_OF", "Centre Party"), ("Vasile Ionescu", "MEMBER_OF", "Social Democratic Party"),
         ("Vasile Ionescu", "MEMBER_OF", "Chamber of Deputies")},
        {("Mohammad Rahimi", "MEMBER_OF", "Awami League MPs")},
    ),
    (
        "party_councillor_and_both_subjects_among_members",
        "Yossi Carmel, a Likud councillor in Haifa, stood for the Knesset. Jussi Kettunen and Sari Mäkelä were "
        "among the 38 members of the Eduskunta who signed the petition.",
        {("Yossi Carmel", "MEMBER_OF", "Likud"), ("Sari Mäkelä", "MEMBER_OF", "Eduskunta"),
         ("Jussi Kettunen", "MEMBER_OF", "Eduskunta")},
        {("Yossi Carmel", "HOLDS_ROLE", "Israel")},
    ),
    (
        "office_in_a_fronted_participle_clause",
        "Having served as Secretary-General of the Organization of American States, Ricardo Altamirano returned to "
        "Montevideo. Having met the leader of Hamas, Tom Beck flew home.",
        {("Ricardo Altamirano", "HOLDS_ROLE", "Organization of American States")},
        {("Tom Beck", "HOLDS_ROLE", "Hamas")},
    ),
    (
        "a_partys_own_name_typed_a_body",
        "The Centre Party's Kjersti Aune and the Liberal Party's Trond Eide both resigned from the cabinet.",
        {("Kjersti Aune", "MEMBER_OF", "Centre Party"), ("Trond Eide", "MEMBER_OF", "Liberal Party")},
        set(),
    ),
    (
        "offices_sought_provincial_or_of_the_next_name",
        "In 2003, Tom Beck defeated Progressive Conservative Party of Ontario cabinet minister Dianne Cunningham. "
        "The 1994 nominee for Governor of Maine Susan Collins won the primary. The campaign featured State "
        "Attorney General Robert Abrams, former U.S. Congresswoman and vice presidential candidate Geraldine "
        "Ferraro, and Congressman Robert Mrazek.",
        {("Dianne Cunningham", "MEMBER_OF", "Progressive Conservative Party of Ontario")},
        {("Dianne Cunningham", "HOLDS_ROLE", "Canada"), ("Susan Collins", "HOLDS_ROLE", "Maine"),
         ("Robert Abrams", "HOLDS_ROLE", "United States")},
    ),
    (
        "leading_figure_in_a_party",
        "Erik Dahlgren was a leading figure in the Forest Party during the 1970s.",
        {("Erik Dahlgren", "MEMBER_OF", "Forest Party")},
        set(),
    ),
    (
        "monarchs_and_former_states",
        "In 1809, Emperor Leopold III of Austria received Tsar Nikolai I of Russia. Orhan Bey, the last Sultan of "
        "the Ottoman Empire, left in 1922. Marek Dunin ruled Poland until 1935, and Queen Ilse of Denmark reigned "
        "over the country for decades. Judge Tom Lark ruled against the Dutch government. White House spokesman "
        "Ravi Shah said the queen was welcome.",
        {("Leopold III", "HOLDS_ROLE", "Austria"), ("Nikolai I", "HOLDS_ROLE", "Russia"),
         ("Orhan Bey", "HOLDS_ROLE", "Ottoman Empire"), ("Marek Dunin", "HOLDS_ROLE", "Poland"),
         ("Ravi Shah", "SPOKESPERSON_FOR", "White House")},
        {("Tom Lark", "HOLDS_ROLE", "Netherlands")},
    ),
    (
        "government_of_a_country_as_subject",
        "In 1940 the cabinet of Norway included Prime Minister Johan Nygaard and Defence Minister Olav Riis. "
        "Stefan Holm was twice elected president, governing Finland until 1994. The government of Chile "
        "criticised President Alan Ford.",
        {("Johan Nygaard", "HOLDS_ROLE", "Norway"), ("Olav Riis", "HOLDS_ROLE", "Norway"),
         ("Stefan Holm", "HOLDS_ROLE", "Finland")},
        {("Alan Ford", "HOLDS_ROLE", "Chile")},
    ),
    (
        "people_of_organisations",
        "Tim Ross wrote a weekly column for The Guardian from 1990 to 2005. Mona Hart was a trustee of the "
        "Carnegie Endowment for International Peace. Greenpeace activist Maja Holt was arrested. The Heritage "
        "Foundation's Tom Wade criticised the plan. Tom Birch wrote a letter for the Sierra Club. Kremlin "
        "activist Ivan Orlov spoke.",
        {("Tim Ross", "MEMBER_OF", "Guardian"), ("Mona Hart", "MEMBER_OF", "Carnegie Endowment for International Peace"),
         ("Maja Holt", "MEMBER_OF", "Greenpeace"), ("Tom Wade", "MEMBER_OF", "Heritage Foundation")},
        {("Tom Birch", "MEMBER_OF", "Sierra Club"), ("Ivan Orlov", "MEMBER_OF", "Kremlin")},
    ),
    (
        "second_of_hung_on_the_verb",
        "Karl Moen was a member of the Board of the Harbour Trust, and of several societies: the Forest Guild, "
        "Moose International and the Lions Clubs International.",
        {("Karl Moen", "MEMBER_OF", "Forest Guild"), ("Karl Moen", "MEMBER_OF", "Moose International"),
         ("Karl Moen", "MEMBER_OF", "Lions Clubs International")},
        set(),
    ),
    (
        "plural_titles_listing_their_holders",
        "The Forest Party's founders were Anna Lind and Peter Holm. Among the members of the Harbour League were "
        "Karl Berg and Eva Ek. The Harbour Union, whose members included Ola Dahl, was banned. Leaders of the "
        "Green League have included Siv Moe (1990-1995) and Jan Vik. Members of the Forest Party said Tor Ruud "
        "had lied.",
        {("Anna Lind", "HOLDS_ROLE", "Forest Party"), ("Peter Holm", "MEMBER_OF", "Forest Party"),
         ("Karl Berg", "MEMBER_OF", "Harbour League"), ("Eva Ek", "MEMBER_OF", "Harbour League"),
         ("Ola Dahl", "MEMBER_OF", "Harbour Union"), ("Siv Moe", "HOLDS_ROLE", "Green League"),
         ("Jan Vik", "HOLDS_ROLE", "Green League")},
        {("Tor Ruud", "MEMBER_OF", "Forest Party")},
    ),
    (
        "returning_switching_and_sitting_with_a_party",
        "Ola Dahl returned to the Forest Party in 2004. Eva Ek switched allegiance to the Harbour Party in 1999. "
        "Tor Lie sat with the Green League group in the European Parliament. Siv Moe returned to the Foreign "
        "Office in 2001.",
        {("Ola Dahl", "MEMBER_OF", "Forest Party"), ("Eva Ek", "MEMBER_OF", "Harbour Party"),
         ("Tor Lie", "MEMBER_OF", "Green League")},
        {("Siv Moe", "MEMBER_OF", "Foreign Office")},
    ),
    (
        "one_of_a_partys_own",
        "Ola Dahl was one of the Forest Party's driving forces in 1982. Eva Ek was one of the Forest Party's "
        "fiercest critics.",
        {("Ola Dahl", "MEMBER_OF", "Forest Party")},
        {("Eva Ek", "MEMBER_OF", "Forest Party")},
    ),
    (
        "primary_rivals_and_fields",
        "Ola Dahl lost in the Democratic primary to Eva Ek. Tor Lie was defeated in the Republican primary by "
        "Siv Moe. The Democratic primary campaign featured Robert Adams, Linda Moore and Carol Brown. Ann Roe was "
        "defeated by Tom Wade in the general election.",
        {("Ola Dahl", "MEMBER_OF", "Democratic Party"), ("Eva Ek", "MEMBER_OF", "Democratic Party"),
         ("Tor Lie", "MEMBER_OF", "Republican Party"), ("Siv Moe", "MEMBER_OF", "Republican Party"),
         ("Robert Adams", "MEMBER_OF", "Democratic Party"), ("Linda Moore", "MEMBER_OF", "Democratic Party"),
         ("Carol Brown", "MEMBER_OF", "Democratic Party")},
        {("Tom Wade", "MEMBER_OF", "Republican Party"), ("Ann Roe", "MEMBER_OF", "Republican Party")},
    ),
    (
        "one_of_those_in_a_party",
        "Ola Dahl was one of those in the Forest Party who opposed the truce.",
        {("Ola Dahl", "MEMBER_OF", "Forest Party")},
        set(),
    ),
    (
        "candidate_of_two_parties_named_before_a_plural",
        "Bill Thompson was running for the Democratic and Working Families parties.",
        {("Bill Thompson", "MEMBER_OF", "Democratic Party"), ("Bill Thompson", "MEMBER_OF", "Working Families")},
        set(),
    ),
    (
        "serving_with_a_party_and_figures_within_it",
        "Edmund Hale served as a member of parliament in the House of Commons with the Whig Party. Tom Lark "
        "became the leading figure within the conservative faction of the Forest Party. Ann Roe worked with "
        "the Forest Party on the bill.",
        {("Edmund Hale", "MEMBER_OF", "Whig Party"), ("Tom Lark", "MEMBER_OF", "Forest Party")},
        {("Ann Roe", "MEMBER_OF", "Forest Party")},  # cooperation, not membership
    ),
    (
        "advisers_among_others_and_regional_legislatures",
        "Lena Berg has consulted widely and has advised, among others, the World Bank, the Kettering Foundation "
        "and the Aspen Institute. Tom Grande was elected to the Ontario legislature in 1975.",
        {("Lena Berg", "ADVISER_TO", "World Bank"), ("Lena Berg", "ADVISER_TO", "Kettering Foundation"),
         ("Lena Berg", "ADVISER_TO", "Aspen Institute"), ("Tom Grande", "MEMBER_OF", "Ontario legislature")},
        set(),
    ),
    (
        "elections_and_contests_inside_a_party",
        "Ingrid Solheim was elected to the Storting for the Conservative Party in 2017. Omar Rahimi was one of "
        "five Awami League MPs expelled from the party in 2009. In the 2004 Scottish National Party leadership "
        "contest, Ann Harcourt defeated Neil Strachan. Parliamentary candidates of the Forest Party in Westford, "
        "including Anders Holm and Linnea Berg, were told not to speak. Critics of the Harbour Party, including "
        "Tom Wade, spoke.",
        {("Ingrid Solheim", "MEMBER_OF", "Conservative Party"), ("Omar Rahimi", "MEMBER_OF", "Awami League"),
         ("Ann Harcourt", "MEMBER_OF", "Scottish National Party"),
         ("Neil Strachan", "MEMBER_OF", "Scottish National Party"), ("Anders Holm", "MEMBER_OF", "Forest Party"),
         ("Linnea Berg", "MEMBER_OF", "Forest Party")},
        {("Tom Wade", "MEMBER_OF", "Harbour Party")},
    ),
    (
        "unions_electing_officers",
        "The International Confederation of Free Trade Unions elected Pieter Wouters as general secretary in 1972.",
        {("Pieter Wouters", "HOLDS_ROLE", "International Confederation of Free Trade Unions")},
        set(),
    ),
    (
        "party_titles_expulsions_and_leaders_of_a_body",
        "The Forest Party chose Eva Ek as its candidate, although party chairman Tor Lie had hoped to run. "
        "President Thomas Mwale expelled Charles Banda from the Harbour Party in 1990. Leaders of the Congress "
        "of Harbour Trade Unions, including general secretary Sipho Dlamini, rejected the proposal. The Forest "
        "Party and the Harbour Party met, and party leader Ola Dahl spoke.",
        {("Tor Lie", "HOLDS_ROLE", "Forest Party"), ("Charles Banda", "MEMBER_OF", "Harbour Party"),
         ("Sipho Dlamini", "MEMBER_OF", "Congress of Harbour Trade Unions")},
        {("Ola Dahl", "HOLDS_ROLE", "Forest Party"), ("Ola Dahl", "HOLDS_ROLE", "Harbour Party"),
         ("Eva Ek", "HOLDS_ROLE", "Forest Party")},
    ),
    (
        "legislatures_hung_on_the_party_capacity_or_seat",
        "Liis Saar sat for the Centre Party in the Riigikogu. Ebba Lindgren left the Moderate Party and sat as an "
        "independent in the Riksdag until 2010. Ann Roe won the Westford seat in the Legislative Assembly of "
        "Ontario in 2021.",
        {("Liis Saar", "MEMBER_OF", "Riigikogu"), ("Ebba Lindgren", "MEMBER_OF", "Riksdag"),
         ("Ann Roe", "MEMBER_OF", "Legislative Assembly of Ontario")},
        set(),
    ),
    (
        "seat_titles_in_a_legislature",
        "Ann Roe was a senator in the Senate of Canada from 1990. Tom Wade was a deputy in the Chamber of "
        "Deputies. Eva Ek served as Kelly's deputy in the Harbour House.",
        {("Ann Roe", "HOLDS_ROLE", "Senate of Canada"), ("Tom Wade", "HOLDS_ROLE", "Chamber of Deputies")},
        {("Eva Ek", "HOLDS_ROLE", "Harbour House")},
    ),
    (
        "bodies_listed_with_their_years",
        "Isaac Hale was the first leader of a number of parties and organisations, including the Harbour "
        "Conservative Society in 1836, the Home Government Association in 1870 and in 1873 the Home Rule League.",
        {("Isaac Hale", "HOLDS_ROLE", "Harbour Conservative Society"),
         ("Isaac Hale", "HOLDS_ROLE", "Home Government Association"),
         ("Isaac Hale", "HOLDS_ROLE", "Home Rule League")},
        set(),
    ),
    (
        "honorary_titles_of_societies",
        "Tom Hale was an honorary associate of the National Secular Society. Ann Roe was an honorary member of "
        "the Royal Society. Stakeholders include an associate of Russian President Ivan Orlov.",
        {("Tom Hale", "HOLDS_ROLE", "National Secular Society"), ("Ann Roe", "MEMBER_OF", "Royal Society")},
        set(),
    ),
    (
        "a_declared_candidate_speaks_of_himself",
        "In May, Okonkwo announced that he would seek the New Democratic Party nomination in Halifax. If the budget "
        "passes, Tom Vale would seek the Green Party nomination.",
        {("Okonkwo", "MEMBER_OF", "New Democratic Party")},
        {("Tom Vale", "MEMBER_OF", "Green Party")},  # a condition, not a candidacy
    ),
    (
        "party_before_a_title_of_a_place",
        "Democratic Governor of Texas Ann Richards signed the bill. The race pitted Republican candidate and "
        "incumbent Governor of Idaho Carl Brandt against Democrat Lena Ortiz.",
        {("Ann Richards", "MEMBER_OF", "Democratic Party"), ("Ann Richards", "HOLDS_ROLE", "Texas"),
         ("Carl Brandt", "MEMBER_OF", "Republican Party"), ("Carl Brandt", "HOLDS_ROLE", "Idaho")},
        {("Carl Brandt", "MEMBER_OF", "Democratic Party")},
    ),
    (
        "names_after_a_plural_title_and_a_comma",
        "The bill was backed by both of Ohio's U.S. Senators, Tom Vale and Maria Lopez, and by the governor.",
        {("Tom Vale", "HOLDS_ROLE", "United States"), ("Maria Lopez", "HOLDS_ROLE", "United States")},
        set(),
    ),
    (
        "a_name_after_a_title_and_a_comma_is_a_person",
        "The Green League has one deputy, Marta Kovac, who defeated the incumbent. Perkins was made an honorary "
        "fellow of the Royal Historical Society.",
        {("Marta Kovac", "MEMBER_OF", "Green League"), ("Perkins", "HOLDS_ROLE", "Royal Historical Society")},
        set(),
    ),
    (
        "an_office_of_a_body_left_unnamed_is_no_office_of_the_dateline_country",
        "WASHINGTON (Reuters) - The Senate approved EXIM's first vice president, Kimberly Reed, on Tuesday.",
        set(),
        {("Kimberly Reed", "HOLDS_ROLE", "United States")},
    ),
    (
        "a_second_for_joined_to_the_verb",
        "Lena Ortiz ran for the Liberal Party in the 1990 election and in a by-election in 1992, and for the Green "
        "Party in 1998.",
        {("Lena Ortiz", "MEMBER_OF", "Liberal Party"), ("Lena Ortiz", "MEMBER_OF", "Green Party")},
        set(),
    ),
    (
        "a_name_as_its_title",
        "The summit was the last one for Ivan Petrov as the leader of Russia. Under Maria Lopez as president of Peru, "
        "the economy grew. If the president taps Powell as Fed chair, markets would rally. Critics see Tom Vale as "
        "a leader of Chile.",
        {("Ivan Petrov", "HOLDS_ROLE", "Russia"), ("Maria Lopez", "HOLDS_ROLE", "Peru")},
        {("Powell", "HOLDS_ROLE", "Fed"), ("Powell", "HOLDS_ROLE", "Federal Reserve"),
         ("Tom Vale", "HOLDS_ROLE", "Chile")},
    ),
    (
        "a_title_shared_alongside",
        "He gained fame as a leader of the Non-Aligned Movement, alongside Jawaharlal Nehru of India and Kwame "
        "Nkrumah of Ghana. Tom Vale was a founder of the Green League, along with Maria Lopez. Carl Brandt served as "
        "president of Peru alongside Lena Ortiz.",
        {("Jawaharlal Nehru", "HOLDS_ROLE", "Non-Aligned Movement"), ("Kwame Nkrumah", "HOLDS_ROLE", "Non-Aligned Movement"),
         ("Maria Lopez", "HOLDS_ROLE", "Green League"), ("Tom Vale", "HOLDS_ROLE", "Green League")},
        {("Lena Ortiz", "HOLDS_ROLE", "Peru"), ("Jawaharlal Nehru", "HOLDS_ROLE", "Ghana")},  # a state's office is one's own
    ),
    (
        "founders_of_movements_and_defectors",
        "Jawaharlal Nehru founded the Non-Aligned Movement in 1961. Atiku Abubakar defected from the Peoples "
        "Democratic Party to the Action Congress in 2006. The pilot defected to the Soviet Union in 1976.",
        {("Jawaharlal Nehru", "HOLDS_ROLE", "Non-Aligned Movement"), ("Atiku Abubakar", "MEMBER_OF", "Action Congress"),
         ("Atiku Abubakar", "MEMBER_OF", "Peoples Democratic Party")},
        set(),
    ),
    (
        "a_split_prefix_verb_shares_its_subject",
        "Lee Kuan Yew co-founded the People's Action Party in 1954 and served as Singapore's prime minister from "
        "1959 to 1990.",
        {("Lee Kuan Yew", "HOLDS_ROLE", "Singapore"), ("Lee Kuan Yew", "HOLDS_ROLE", "People's Action Party")},
        set(),
    ),
    (
        "leaders_by_in_turn",
        "The Kuomintang, founded by Sun Yat-sen in 1912 and led after his death by Chiang Kai-shek, retreated to "
        "Taiwan. The Green League, led first by Jomo Kenyatta and later by Daniel arap Moi, won seats.",
        {("Sun Yat-sen", "HOLDS_ROLE", "Kuomintang"), ("Chiang Kai-shek", "HOLDS_ROLE", "Kuomintang"),
         ("Jomo Kenyatta", "HOLDS_ROLE", "Green League"), ("Daniel arap Moi", "HOLDS_ROLE", "Green League")},
        set(),
    ),
    (
        "a_capitalised_kin_word_and_a_dotless_abbreviation_are_names",
        "The Khmer Serei was led by Dap Chhuon, Son Sen and Sim Var. His son Hunter Biden joined Burisma.",
        {("Dap Chhuon", "HOLDS_ROLE", "Khmer Serei"), ("Son Sen", "HOLDS_ROLE", "Khmer Serei"),
         ("Sim Var", "HOLDS_ROLE", "Khmer Serei")},
        set(),
    ),
    (
        "a_name_after_the_title_of_a_country",
        "The summit was opened by the president of Ghana, Akosua Frimpong. Kofi Mensah, a senior member of the "
        "Convention People's Party, was Ghana's Minister of Public Service and Administration from 2015. "
        "She met the sister of Ghana's former defence minister, Kwesi Boateng.",
        {("Akosua Frimpong", "HOLDS_ROLE", "Ghana"), ("Kofi Mensah", "HOLDS_ROLE", "Ghana"),
         ("Kofi Mensah", "MEMBER_OF", "Convention People's Party")},
        set(),
    ),
    (
        "ranks_of_a_party_and_resigning_from_a_council",
        "Peter Lindahl was expelled from the ranks of the Moderate Party in 1995. Ruth Okafor resigned from the "
        "Kano City Council in 2016, and from Washington in 2019. Finn Knutsen was elected to the Storting.",
        {("Peter Lindahl", "MEMBER_OF", "Moderate Party"), ("Ruth Okafor", "MEMBER_OF", "Kano City Council"),
         ("Finn Knutsen", "MEMBER_OF", "Storting")},
        {("Ruth Okafor", "MEMBER_OF", "Washington")},
    ),
    (
        "who_should_resign_is_still_a_member",
        "Senator Al Grady should resign from the Senate, Durbin said. General Jon Hale, commander of the U.S. "
        "Strategic Command (STRATCOM), spoke.",
        {("Al Grady", "MEMBER_OF", "US Senate"), ("Jon Hale", "HOLDS_ROLE", "U.S. Strategic Command")},
        {("STRATCOM", "HOLDS_ROLE", "U.S. Strategic Command")},
    ),
    (
        "a_states_own_legislature",
        "Dana Whitfield was elected to the Georgia General Assembly in 1998 and served in the Ohio State Senate. "
        "Harlan entered the Washington House of Representatives in 1981. Sweden entered NATO in 2024.",
        {("Dana Whitfield", "MEMBER_OF", "Georgia General Assembly"),
         ("Dana Whitfield", "MEMBER_OF", "Ohio State Senate"),
         ("Harlan", "MEMBER_OF", "Washington House of Representatives")},
        {("Dana Whitfield", "MEMBER_OF", "UN General Assembly"), ("Dana Whitfield", "MEMBER_OF", "US Senate"),
         ("Harlan", "MEMBER_OF", "House of Representatives")},
    ),
    (
        "joining_a_party_named_in_apposition",
        "In 2008 Fradique de Menezes joined a new party, the Force for Change Democratic Movement. In 2011 Ana "
        "Ruiz joined a new party – the Green Union.",
        {("Fradique de Menezes", "MEMBER_OF", "Force for Change Democratic Movement"),
         ("Ana Ruiz", "MEMBER_OF", "Green Union")},
        set(),
    ),
    (
        "an_office_in_a_fronted_election_and_posts_in_two_bodies",
        "During the 2010 Ivorian presidential election, President Laurent Koffi promised reforms. Ruth Adler was "
        "made an Honorary Associate of the Rationalist International and the National Secular Society in 2001. "
        "Mary Quill is chief executive of General Motors and the Pentagon said no.",
        {("Laurent Koffi", "HOLDS_ROLE", "Côte d'Ivoire"), ("Ruth Adler", "HOLDS_ROLE", "Rationalist International"),
         ("Ruth Adler", "HOLDS_ROLE", "National Secular Society"), ("Mary Quill", "HOLDS_ROLE", "General Motors")},
        {("Mary Quill", "HOLDS_ROLE", "Pentagon")},
    ),
    (
        "a_name_after_a_long_title_is_the_subject",
        "To replace him, Congressman and former Governor of Maine Joseph Brennan won the Democratic primary.",
        {("Joseph Brennan", "MEMBER_OF", "Democratic Party"), ("Joseph Brennan", "HOLDS_ROLE", "Maine")},
        set(),
    ),
    (
        "honorifics_descriptions_and_second_ofs",
        "The pact was proposed by Malaysian Prime Minister Dr. Aziz Rahman. Ana Ruiz is a lawyer and a trade "
        "unionist who joined the Green Union in 2001. Lena Holm is a member of the Nordic Academy of Sciences "
        "(since 2008) and of the Baltic Council of Arts (since 2016).",
        {("Aziz Rahman", "HOLDS_ROLE", "Malaysia"), ("Ana Ruiz", "MEMBER_OF", "Green Union"),
         ("Lena Holm", "MEMBER_OF", "Nordic Academy of Sciences"), ("Lena Holm", "MEMBER_OF", "Baltic Council of Arts")},
        set(),
    ),
    (
        "a_trade_is_no_post_of_a_state",
        "Kurt Lenz was one of the most important journalists of the Weimar Republic. Ana Ruiz was a journalist "
        "of El País.",
        {("Ana Ruiz", "HOLDS_ROLE", "El País")},
        {("Kurt Lenz", "HOLDS_ROLE", "Weimar Republic")},
    ),
    (
        "portfolios_and_associations_founded",
        "Dana Okoye served as the United States Secretary of Homeland Security from 2013 to 2017. The Workers' "
        "Association was established in 1901 by Ana Ruiz. Britain formed an alliance with France in 1904. Dave "
        "Prentis, general secretary of Unison, spoke.",
        {("Dana Okoye", "HOLDS_ROLE", "United States"), ("Ana Ruiz", "HOLDS_ROLE", "Workers' Association"),
         ("Dave Prentis", "HOLDS_ROLE", "Unison")},
        {("Dana Okoye", "HOLDS_ROLE", "Homeland Security")},
    ),
    (
        "a_partys_officers_and_northern_ireland",
        "Liberal Democrat chief executive Lord Rennard said so. Former Northern Ireland minister Sir Nicholas "
        "Scott has died. John Findlay, executive director of the Republican Party of Virginia, said so. Tom "
        "Kiernan, Chief Executive of the American Wind Energy Association trade group, agreed.",
        {("Rennard", "HOLDS_ROLE", "Liberal Democrats"), ("Rennard", "MEMBER_OF", "Liberal Democrats"),
         ("John Findlay", "HOLDS_ROLE", "Republican Party of Virginia"),
         ("Tom Kiernan", "HOLDS_ROLE", "American Wind Energy Association")},
        {("Rennard", "HOLDS_ROLE", "United Kingdom"), ("Nicholas Scott", "HOLDS_ROLE", "Ireland")},
    ),
    (
        "the_united_kingdoms_four_countries",
        "Scottish First Minister Moira Kerr called for a vote. Gareth Pryce became First Minister of Wales in "
        "2019. Welsh Secretary Owen Lloyd visited Swansea. BBC Scotland political editor Iain Ross said so. "
        "Huw Davies is a Welsh politician for the Labour Party.",
        {("Moira Kerr", "HOLDS_ROLE", "Scotland"), ("Gareth Pryce", "HOLDS_ROLE", "Wales"),
         ("Owen Lloyd", "HOLDS_ROLE", "Wales"), ("Iain Ross", "HOLDS_ROLE", "BBC Scotland"),
         ("Huw Davies", "MEMBER_OF", "Labour Party")},
        {("Moira Kerr", "HOLDS_ROLE", "United Kingdom"), ("Iain Ross", "HOLDS_ROLE", "Scotland")},
    ),
    (
        "small_party_and_backbenchers",
        "Mr Hallam was expelled from the Labour party because of his opposition to the war. Sir Ian Drew, the "
        "Tory backbencher who challenged the leader in 1989, has died.",
        {("Hallam", "MEMBER_OF", "Labour Party"), ("Ian Drew", "MEMBER_OF", "Conservative Party")},
        set(),
    ),
    (
        "who_after_a_place_and_another_countrys_house_of_commons",
        "Roy Algar was a politician in the province of Alberta, who served as mayor of Calgary from 1977 to 1980. "
        "Dean Moss was a Canadian politician, who was elected to the House of Commons in 1980. Joan Barton served "
        "as Minister for Social Protection from 2011 to 2016.",
        {("Roy Algar", "HOLDS_ROLE", "Calgary"), ("Dean Moss", "MEMBER_OF", "House of Commons")},
        {("Roy Algar", "HOLDS_ROLE", "Alberta"), ("House of Commons", "PART_OF", "United Kingdom"),
         ("Joan Barton", "HOLDS_ROLE", "Social Protection")},
    ),
    (
        "an_institution_before_titles_and_a_portfolio_of_state",
        "Tom Lane is the Professor of Communication at Stanford, the director of Stanford's Political "
        "Communication Lab, and a senior fellow at the Hoover Institution. Republican Rick Hale, former Assistant "
        "Secretary of State for International Organization Affairs, lost.",
        {("Tom Lane", "HOLDS_ROLE", "Stanford")},
        {("Stanford", "HOLDS_ROLE", "Hoover Institution"), ("Rick Hale", "HOLDS_ROLE",
                                                             "State for International Organization Affairs")},
    ),
    (
        "a_plural_portfolio_before_another_clause",
        "Ashraff Mohideen became minister of ports, while the People's Alliance kept control of the presidency.",
        set(),
        {("Ashraff Mohideen", "HOLDS_ROLE", "People's Alliance")},
    ),
    (
        "from_a_group_in_an_aside",
        "Jon Pike, from the campaign group Parents United, said it was disappointing. Ann Lee, from Leeds, agreed.",
        {("Jon Pike", "MEMBER_OF", "Parents United")},
        {("Ann Lee", "MEMBER_OF", "Leeds")},
    ),
    (
        "names_the_tagger_took_for_places_or_bodies",
        "He campaigned for Democratic candidates Franklin Pierce and William R. King. The following day he "
        "appointed former National Security Adviser Brent Scowcroft to the board. Former party chairpersons "
        "Fritz Kuhn and Claudia Roth were replaced by former Bundestag member Angelika Beer.",
        {("William R. King", "MEMBER_OF", "Democratic Party"), ("Angelika Beer", "MEMBER_OF", "Bundestag")},
        set(),
    ),
    (
        "an_aside_of_participles_after_a_name",
        "Anwar Rahim, sacked as Deputy Prime Minister and expelled from the United Malays National Organisation "
        "in 1998, became de facto leader of the People's Justice Party. Ana Ruiz, expelled from the Green Union in "
        "1998, joined Podemos.",
        {("Anwar Rahim", "HOLDS_ROLE", "People's Justice Party"),
         ("Anwar Rahim", "MEMBER_OF", "United Malays National Organisation"),
         ("Ana Ruiz", "MEMBER_OF", "Green Union"), ("Ana Ruiz", "MEMBER_OF", "Podemos")},
        set(),
    ),
    (
        "a_politicians_country_beside_the_party_and_a_given_name_left_out",
        "Eivind Bolle was a Norwegian politician for the Labour Party. He was the Minister of Fisheries from "
        "1973 to 1981.",
        {("Eivind Bolle", "MEMBER_OF", "Labour Party"), ("Eivind Bolle", "HOLDS_ROLE", "Norway")},
        set(),
    ),
    (
        "seats_given_up_and_second_capitalised_titles",
        "Edward Finnegan resigned his seat in Congress in 1964. Friedrich Merz lost his seat in the Bundestag in "
        "1998. Ana Ruiz gave up her seat on the plane. Prevost became Lieutenant-Governor of Saint Lucia in 1798 "
        "and Governor of Dominica in 1802.",
        {("Edward Finnegan", "MEMBER_OF", "Congress"), ("Friedrich Merz", "MEMBER_OF", "Bundestag"),
         ("Prevost", "HOLDS_ROLE", "Saint Lucia"), ("Prevost", "HOLDS_ROLE", "Dominica")},
        set(),
    ),
    (
        "who_is_said_of_people",
        "Thabo Mbeki, who succeeded Nelson Mandela as President of South Africa in 1999, was recalled in 2008. "
        "Amina Diallo Sow left the party in 2019 to found the Mouvement Citoyen pour le Renouveau.",
        {("Thabo Mbeki", "HOLDS_ROLE", "South Africa"),
         ("Amina Diallo Sow", "HOLDS_ROLE", "Mouvement Citoyen pour le Renouveau")},
        set(),
    ),
    (
        "a_leader_who_merged_his_party",
        "Julius Nyerere, founder of the Tanganyika African National Union, merged it with the Afro-Shirazi Party "
        "in 1977. Olumide Bakare was first elected to the Lagos State House of Assembly in 1999 on the platform of "
        "the Alliance for Democracy.",
        {("Julius Nyerere", "HOLDS_ROLE", "Tanganyika African National Union"),
         ("Olumide Bakare", "MEMBER_OF", "Lagos State House of Assembly"),
         ("Olumide Bakare", "MEMBER_OF", "Alliance for Democracy")},
        set(),
    ),
    (
        "monarchs_by_epithet_and_conjoined_reigns",
        "Catherine the Great became Empress of Russia in 1762. Louis XIV, often cited as the longest-reigning "
        "monarch in European history, was a member of the House of Bourbon and ruled as King of France from 1643.",
        {("Catherine the Great", "HOLDS_ROLE", "Russia"), ("Louis XIV", "HOLDS_ROLE", "France"),
         ("Louis XIV", "MEMBER_OF", "House of Bourbon")},
        set(),
    ),
    (
        "the_first_woman_to_hold_it",
        "Margaret Thatcher, the first woman to lead the Conservative Party, served as Prime Minister from 1979. "
        "Ruth Dreifuss became the first woman to serve as President of the Swiss Confederation in 1999. Tom Vale "
        "is the best man to serve as president of Peru.",
        {("Margaret Thatcher", "HOLDS_ROLE", "Conservative Party"), ("Ruth Dreifuss", "HOLDS_ROLE", "Switzerland")},
        {("Tom Vale", "HOLDS_ROLE", "Peru")},
    ),
    (
        "titles_across_honorifics_participles_and_compounds",
        "The government was dismissed in 1975 by the Governor-General of Australia, Sir John Kerr, who "
        "commissioned Malcolm Fraser. Having resigned from Fianna Fáil over the bank guarantee, Séamus Ó Broin sat "
        "as an independent. Yael Ben-Ami, a Knesset member for Yesh Atid between 2013 and 2019, broke with the party.",
        {("John Kerr", "HOLDS_ROLE", "Australia"), ("Séamus Ó Broin", "MEMBER_OF", "Fianna Fáil"),
         ("Yael Ben-Ami", "MEMBER_OF", "Knesset"), ("Yael Ben-Ami", "MEMBER_OF", "Yesh Atid")},
        set(),
    ),
    (
        "offices_that_are_no_office_of_the_named_state",
        "Kofi Annan later served as the joint UN-Arab League envoy for Syria. The Ugandan opposition leader Kizza "
        "Besigye challenged the president. Nkosazana Dlamini-Zuma was elected Chairperson of the African Union "
        "Commission in 2012, defeating the incumbent Jean Ping of Gabon.",
        {("Nkosazana Dlamini-Zuma", "HOLDS_ROLE", "African Union Commission")},
        {("Kofi Annan", "ENVOY_OF", "Syria"), ("Kizza Besigye", "HOLDS_ROLE", "Uganda"),
         ("Jean Ping", "HOLDS_ROLE", "Gabon")},
    ),
    (
        "a_party_just_before_under",
        "The Kuomintang retreated to Taiwan in 1949 after its defeat by the Chinese Communist Party under Mao Zedong. "
        "Rodrigo Vélez, a former senator for the Partido Liberal Colombiano, was dismissed.",
        {("Mao Zedong", "HOLDS_ROLE", "Chinese Communist Party"), ("Rodrigo Vélez", "MEMBER_OF", "Partido Liberal Colombiano")},
        {("Mao Zedong", "MEMBER_OF", "Kuomintang")},
    ),
    (
        "what_is_not_membership_in_election_prose",
        "Willy Brandt formed a coalition, leaving Kurt Georg Kiesinger's CDU/CSU in opposition. The by-election "
        "followed the death of the Conservative member Sir Arthur Pellow; the Liberal candidate, Gwyneth Harcourt, "
        "came close. Odile Ferrand won the constituency against Pierre Lacombe of the Rally for the Republic. The "
        "Progressive Conservatives ended 36 years of Social Credit rule under Premier Harry Strom. Reports that "
        "Karl Wernicke would leave the CDU for the Alternative for Germany were denied.",
        {("Gwyneth Harcourt", "MEMBER_OF", "Liberal"), ("Pierre Lacombe", "MEMBER_OF", "Rally for the Republic")},
        {("Willy Brandt", "MEMBER_OF", "Christian Democratic Union"), ("Arthur Pellow", "MEMBER_OF", "Liberal"),
         ("Odile Ferrand", "MEMBER_OF", "Rally for the Republic"),
         ("Harry Strom", "HOLDS_ROLE", "Progressive Conservatives"),
         ("Karl Wernicke", "MEMBER_OF", "Alternative for Germany"),
         ("Karl Wernicke", "MEMBER_OF", "Christian Democratic Union")},
    ),
    (
        "whose_office_a_modifier_names",
        "The Greens courted the Wellington city councillor Mereana Tauroa. The Open Vld negotiator Hilde Vanlaere "
        "drafted the agreement. The AFORD candidate Esnart Chirwa unseated the minister.",
        {("Mereana Tauroa", "HOLDS_ROLE", "Wellington"), ("Hilde Vanlaere", "ENVOY_OF", "Open Vld"),
         ("Esnart Chirwa", "MEMBER_OF", "AFORD")},
        {("Mereana Tauroa", "HOLDS_ROLE", "New Zealand"), ("Hilde Vanlaere", "ENVOY_OF", "Belgium")},
    ),
    (
        "leaders_by_whose_at_the_head_and_won_presidencies",
        "Giscard d'Estaing, whose Union for French Democracy had been weakened, lost. Menachem Begin became prime "
        "minister at the head of Likud after the election. Junichiro Koizumi, who had won the presidency of the "
        "Liberal Democratic Party in 2001, called the 2005 snap election. Tom Vale stood at the head of the table.",
        {("Giscard d'Estaing", "MEMBER_OF", "Union for French Democracy"), ("Menachem Begin", "HOLDS_ROLE", "Likud"),
         ("Junichiro Koizumi", "HOLDS_ROLE", "Liberal Democratic Party")},
        set(),
    ),
    (
        "breaking_away_from_a_party",
        "Adnan Menderes and Celal Bayar broke away from the Republican People's Party in 1946 to found the Democrat "
        "Party. Yael Ben-Ami broke with Yesh Atid in 2019. Zsófia Kardos split from Fidesz in 2010.",
        {("Adnan Menderes", "MEMBER_OF", "Republican People's Party"), ("Celal Bayar", "MEMBER_OF", "Republican People's Party"),
         ("Adnan Menderes", "HOLDS_ROLE", "Democrat Party"), ("Yael Ben-Ami", "MEMBER_OF", "Yesh Atid"),
         ("Zsófia Kardos", "MEMBER_OF", "Fidesz")},
        set(),
    ),
    (
        "names_the_tagger_missed_or_misread",
        "Following the 2002 Dutch general election, Jan Peter Balkenende of the Christian Democratic Appeal formed a "
        "cabinet. Nelson Mandela, elected President of the African National Congress in 1991, became South Africa's "
        "first democratically elected president.",
        {("Jan Peter Balkenende", "MEMBER_OF", "Christian Democratic Appeal"),
         ("Nelson Mandela", "HOLDS_ROLE", "African National Congress"), ("Nelson Mandela", "HOLDS_ROLE", "South Africa")},
        set(),
    ),
    (
        "parties_a_possessive_names",
        "Parnell threw his support behind William Ewart Gladstone's Liberals. Malcolm Fraser won, reducing Gough "
        "Whitlam's Labor to 36 seats. At the 1973 election, Mogens Glistrup's newly founded Progress Party won 28 "
        "seats.",
        {("William Ewart Gladstone", "MEMBER_OF", "Liberals"), ("Gough Whitlam", "MEMBER_OF", "Labor"),
         ("Mogens Glistrup", "MEMBER_OF", "Progress Party")},
        set(),
    ),
    (
        "the_party_just_named",
        "The seat had been held by the Country Party since 1922, but in 1961 the party's new candidate, Ronald "
        "Esterby, was defeated. The Green League and the Social Democrats met. The party's leader, Tom Vale, spoke.",
        {("Ronald Esterby", "MEMBER_OF", "Country Party")},
        {("Tom Vale", "MEMBER_OF", "Green League"), ("Tom Vale", "MEMBER_OF", "Social Democrats")},  # which party?
    ),
    (
        "seats_between_title_and_name",
        "The Labour member for Barnfield, Geoffrey Ormsby, stayed. Labour's candidate for Te Awaroa, Alexander Brodie, "
        "unseated the sitting member. Incumbent Floyd B. Olson of the Farmer–Labor Party was re-elected.",
        {("Geoffrey Ormsby", "MEMBER_OF", "Labour Party"), ("Alexander Brodie", "MEMBER_OF", "Labour Party"),
         ("Floyd B. Olson", "MEMBER_OF", "Farmer–Labor Party")},
        set(),
    ),
    (
        "members_picked_by_a_number_and_parties_stayed_in",
        "The Justicialist Party fielded no official candidate, and three of its members, Carlos Menem, Néstor "
        "Kirchner and Adolfo Saá, ran on separate fronts. Rumours in 2007 that Poul Egeberg would defect to New "
        "Alliance proved unfounded; Egeberg stayed in Anders Fogh Rasmussen's Venstre. Tom Vale remained in office.",
        {("Carlos Menem", "MEMBER_OF", "Justicialist Party"), ("Néstor Kirchner", "MEMBER_OF", "Justicialist Party"),
         ("Poul Egeberg", "MEMBER_OF", "Venstre")},
        {("Poul Egeberg", "MEMBER_OF", "New Alliance")},
    ),
    (
        "coordinators_and_accepted_presidencies",
        "The Sandinista National Liberation Front overthrew Somoza in 1979, and its coordinator Daniel Ortega won the "
        "1984 election. Labour election campaign coordinator Alan Milburn spoke. Sonia Gandhi, who had accepted the "
        "presidency of the Indian National Congress that March, became leader of the opposition.",
        {("Daniel Ortega", "HOLDS_ROLE", "Sandinista National Liberation Front"),
         ("Alan Milburn", "HOLDS_ROLE", "Labour Party"), ("Sonia Gandhi", "HOLDS_ROLE", "Indian National Congress")},
        {("Alan Milburn", "HOLDS_ROLE", "United Kingdom")},
    ),
    (
        "a_relative_clauses_title_is_its_antecedents",
        "The party was founded in 1970 by a group that included Gerry Fitt, who became its first leader, John Hume "
        "and Austin Currie. Voters had an alternative to Reagan - who won the election - and the unpopular "
        "Democratic president, Jimmy Carter.",
        {("Jimmy Carter", "MEMBER_OF", "Democratic Party")},
        {("John Hume", "HOLDS_ROLE", "Social Democratic and Labour Party"), ("John Hume", "HOLDS_ROLE", "party")},
    ),
    (
        "a_participle_opening_the_sentence",
        "Elected to the Chamber of Deputies for the Brazilian Democratic Movement in 1986, Otávio Siqueira de Andrade "
        "was one of the founders of the Brazilian Social Democracy Party. Expelled from the Green League in 2004, "
        "Tom Vale joined Labour.",
        {("Otávio Siqueira de Andrade", "MEMBER_OF", "Brazilian Democratic Movement"),
         ("Tom Vale", "MEMBER_OF", "Green League"), ("Tom Vale", "MEMBER_OF", "Labour Party")},
        set(),
    ),
    (
        "owners_and_bodies_the_tagger_ran_together",
        "Wolfgang Schüssel formed a coalition with Jörg Haider's Freedom Party. Beatrice Rüegg-Amstutz sat in the "
        "National Council for the Swiss People's Party from 1995 to 2007. Silvio Berlusconi won in alliance with "
        "Gianfranco Fini's National Alliance in the south.",
        {("Jörg Haider", "MEMBER_OF", "Freedom Party"), ("Beatrice Rüegg-Amstutz", "MEMBER_OF", "Swiss People's Party"),
         ("Beatrice Rüegg-Amstutz", "MEMBER_OF", "National Council"), ("Gianfranco Fini", "MEMBER_OF", "National Alliance")},
        set(),
    ),
    (
        "founders_and_seats_the_parser_misread",
        "The National Movement Simeon II, founded only two months earlier by the former tsar Simeon Saxe-Coburg-Gotha, "
        "won half the seats. Park Sung-ho, a two-term member of the National Assembly for the Saenuri Party, left. "
        "Groups such as the Woman's Christian Temperance Union took part. Ann Roe represented Hordaland in the "
        "Storting for the Labour Party from 2005.",
        {("Simeon Saxe-Coburg-Gotha", "HOLDS_ROLE", "National Movement Simeon II"), ("Ann Roe", "MEMBER_OF", "Labour Party"),
         ("Park Sung-ho", "MEMBER_OF", "National Assembly"), ("Park Sung-ho", "MEMBER_OF", "Saenuri Party")},
        {("Woman", "MEMBER_OF", "Christian Temperance Union")},
    ),
    (
        "floor_crossings_and_states_named_like_parties",
        "Winston Churchill, who had crossed the floor from the Conservatives to the Liberals in 1904, served in the "
        "cabinet. Nigeria's vice-president Atiku Abubakar, who had fallen out with Olusegun Obasanjo, defected from "
        "the Peoples Democratic Party to the Action Congress in 2006. Ho Chi Minh declared the independence of the "
        "Democratic Republic of Vietnam in Hanoi. Republican House Speaker Paul Ryan spoke.",
        {("Winston Churchill", "MEMBER_OF", "Liberals"), ("Atiku Abubakar", "MEMBER_OF", "Action Congress"),
         ("Paul Ryan", "MEMBER_OF", "Republican Party")},
        {("Ho Chi Minh", "MEMBER_OF", "Democratic Party")},
    ),
    (
        "a_candidacy_is_no_office_of_a_country",
        "Pim Fortuyn was dismissed as lead candidate of Liveable Netherlands in February 2002, and he quickly "
        "founded the Pim Fortuyn List.",
        {("Pim Fortuyn", "HOLDS_ROLE", "Pim Fortuyn List")},
        {("Pim Fortuyn", "HOLDS_ROLE", "Netherlands")},
    ),
]


@pytest.mark.parametrize("name,text,expected,absent", CASES, ids=[c[0] for c in CASES])
def test_sentence(extract_text, name, text, expected, absent):
    facts, _ = extract_text(text)
    got = triples(facts)
    assert expected <= got, f"missing {expected - got}; got {got}"
    assert not (absent & got), f"wrong facts {absent & got}"


def test_another_nationalist_party_is_not_the_kuomintang(extract_text):
    _, result = extract_text("The government sought the support of Basque (Basque Nationalist Party) and Catalan "
                             "(Convergence and Union) regionalists.")
    assert not {e.name for e in result.entities} & {"Kuomintang", "Taiwan"}


def test_non_persons_are_not_people(extract_text):
    _, result = extract_text("Thanksgiving was quiet at the White House, a spokeswoman wrote on X and Telegram.")
    people = {e.name for e in result.entities if e.type == "Person"}
    assert people == set()


def test_cancelled_meeting_status(extract_text):
    facts, _ = extract_text(
        "Chilean President Ana Rojas's special envoy Diego Vera arrived in Lima on Thursday. "
        "Peruvian President Luis Quispe cancelled his meeting with the president's envoy on Friday."
    )
    meetings = [(h, tl, p.get("status")) for h, t, tl, p in facts if t == "MET_WITH"]
    assert ("Luis Quispe", "Diego Vera", "cancelled") in meetings
    assert ("Luis Quispe", "Diego Vera", "held") not in meetings


def test_planned_meeting_is_not_held(extract_text):
    facts, _ = extract_text("Greek Prime Minister Nikos Pappas is expected to meet Turkish President Emre Kaya next week.")
    statuses = {p.get("status") for h, t, tl, p in facts if t == "MET_WITH"}
    assert statuses == {"planned"}


def test_coordinated_list_each_gets_role_and_meeting(extract_text):
    facts, _ = extract_text(
        "Swedish special envoy Lars Berg, defence aide Karin Holm, Dutch Prime Minister Joost Bakker's adviser "
        "Pieter Claes and brother Sander Bakker attend a meeting with Canadian Prime Minister Emma Clarke "
        "in Ottawa, Canada, March 3"
    )
    got = triples(facts)
    for person in ("Lars Berg", "Karin Holm", "Pieter Claes", "Sander Bakker"):
        assert (person, "MET_WITH", "Emma Clarke") in got, person
    assert ("Lars Berg", "ENVOY_OF", "Sweden") in got
    assert ("Pieter Claes", "ADVISER_TO", "Joost Bakker") in got
    assert ("Sander Bakker", "RELATIVE_OF", "Joost Bakker") in got
    assert ("Joost Bakker", "MET_WITH", "Emma Clarke") not in got


def test_misspelled_names_merge_within_article(extract_text):
    _, result = extract_text(
        "Ukrainian President Volodymyr Zelensky spoke in Kyiv. Later, Volodomyr Zelenksy travelled to Paris, "
        "where Zelensky met French officials."
    )
    people = [e for e in result.entities if e.type == "Person"]
    assert len(people) == 1
    assert {"Volodymyr Zelensky", "Volodomyr Zelenksy", "Zelensky"} <= people[0].aliases


def test_name_takes_the_spelling_most_mentions_use(extract_text):
    # no full form is spelt right, but most mentions spell each word right
    _, result = extract_text(
        "Moldovan President Mariana Ciobanu spoke in Chisinau. Later, Marianna Ciobanu met EU envoys. "
        "Ciobanu said talks went well. Mariana Cioabnu left on Friday, and Ciobanu said she would return."
    )
    people = [e for e in result.entities if e.type == "Person"]
    assert len(people) == 1
    assert people[0].name == "Mariana Ciobanu"
    assert people[0].forms["Ciobanu"] == 2 and sum(people[0].forms.values()) == 5


def test_namesakes_of_different_types_do_not_merge(extract_text):
    _, result = extract_text("Georgia's President Salome Berdze met Senator Sam Georgia in Tbilisi.")
    types = {(e.name, e.type) for e in result.entities}
    assert ("Georgia", "Country") in types
    assert ("Sam Georgia", "Person") in types


def test_reported_pronoun_is_the_reporter_not_the_last_subject(extract_text):
    facts, _ = extract_text(
        "Senator Paul Ortiz criticised the plan on Monday. "
        "Erik Lund, a lobbyist, said he had met Ortiz once in 2016."
    )
    got = triples(facts)
    assert ("Paul Ortiz", "MET_WITH", "Paul Ortiz") not in got
    assert not any(h == "Paul Ortiz" and t == "MET_WITH" for h, t, _ in got)


def test_news_agency_credit_is_not_an_actor(extract_text):
    _, result = extract_text("MOSCOW (Reuters) - Russia and China held talks on trade on Monday.")
    assert "Reuters" not in {e.name for e in result.entities}


def test_party_offices_belong_to_the_party_and_seats_to_the_country(extract_text):
    facts, _ = extract_text("Labour leader Keir Holden and Republican Senator Dana Ruiz spoke on Monday.")
    got = {(h, t, tl, p.get("role")) for h, t, tl, p in facts}
    assert ("Keir Holden", "HOLDS_ROLE", "Labour Party", "leader") in got
    assert ("Dana Ruiz", "HOLDS_ROLE", "United States", "senator") in got
    assert ("Dana Ruiz", "MEMBER_OF", "Republican Party", None) in got


def test_verbal_attack_between_politicians_is_criticism(extract_text):
    facts, _ = extract_text("Senator Dana Ruiz attacked Senator Paul Ortiz for his vote on the budget.")
    got = triples(facts)
    assert ("Dana Ruiz", "ACCUSED", "Paul Ortiz") in got
    assert ("Dana Ruiz", "ATTACKED", "Paul Ortiz") not in got


def test_welcoming_a_report_is_not_a_meeting(extract_text):
    facts, _ = extract_text("Poland and Lithuania welcomed the report on Tuesday.")
    assert not [f for f in facts if f[1] == "MET_WITH"]


def test_bare_surnames_the_tagger_missed_are_the_person(extract_text):
    facts, _ = extract_text(
        "Estonian Ambassador Kaarel Saar arrived on Monday. Later, Saar met Hale in the Oval Office. "
        "U.S. President Richard Hale thanked him."
    )
    assert ("Kaarel Saar", "MET_WITH", "Richard Hale") in triples(facts)


def test_hyphenated_surname_only_mention_merges(extract_text):
    _, result = extract_text(
        "Qatari Prime Minister Khalid Al-Rashidi hosted the talks. Al-Rashidi praised both sides."
    )
    people = [e for e in result.entities if e.type == "Person"]
    assert len(people) == 1 and people[0].name == "Khalid Al-Rashidi"


def test_rejecting_an_actors_proposal_targets_the_actor(extract_text):
    facts, _ = extract_text("Ukraine rejected Moscow's proposal on Monday. Chile rejected the report.")
    got = triples(facts)
    assert ("Ukraine", "REJECTED", "Russia") in got
    assert not [f for f in got if f[0] == "Chile"]


def test_relative_clause_subject_is_its_antecedent(extract_text):
    facts, _ = extract_text("The deal was brokered by Norwegian envoy Ola Berge, who negotiated with Hamas for months.")
    assert ("Ola Berge", "NEGOTIATED_WITH", "Hamas") in triples(facts)


def test_membership_from_copula_apposition_and_of_phrase(extract_text):
    facts, _ = extract_text(
        "Finland is a member of NATO. Anna Berg, a member of the Social Democratic Party, spoke first. "
        "Later William Ross of the Ulster Unionist Party replied."
    )
    got = triples(facts)
    assert ("Finland", "MEMBER_OF", "NATO") in got
    assert ("William Ross", "MEMBER_OF", "Ulster Unionist Party") in got
    assert any(h == "Anna Berg" and t == "MEMBER_OF" for h, t, _ in got)


def test_shooting_is_never_criticism(extract_text):
    facts, _ = extract_text("Police said Tom Hale shot Senator Ray Dunn outside his office.")
    assert not [f for f in triples(facts) if f[1] == "ACCUSED"]


def test_country_words_inside_organisation_names(extract_text):
    _, result = extract_text(
        "Slavko Petric, secretary of the Croatian Peasant Union, met reporters. "
        "The U.S. State Department declined to comment."
    )
    kinds = {(e.name, e.type) for e in result.entities}
    assert ("Croatian Peasant Union", "Organization") in kinds
    assert any(e.key == "org:us-state-department" for e in result.entities)


def test_threat_target_inside_infinitive_and_owner_of_criticised_thing(extract_text):
    facts, _ = extract_text(
        "Chile threatened to break off diplomatic relations with Bolivia over the dispute. "
        "Uruguay on Friday denounced Argentina's suppression of the protests."
    )
    got = triples(facts)
    assert ("Chile", "THREATENED", "Bolivia") in got
    assert ("Uruguay", "ACCUSED", "Argentina") in got


def test_envoy_posted_to_a_country_represents_their_own(extract_text):
    facts, _ = extract_text("Tom Reed, the British ambassador to Japan, met Japanese officials in Tokyo.")
    got = triples(facts)
    assert ("Tom Reed", "ENVOY_OF", "United Kingdom") in got
    assert ("Tom Reed", "ENVOY_OF", "Japan") not in got


def test_apposition_at_an_organisation(extract_text):
    facts, _ = extract_text("Mary Cole, an economist at the International Monetary Fund, said growth would slow.")
    assert ("Mary Cole", "HOLDS_ROLE", "International Monetary Fund") in triples(facts)


def test_party_affiliations_without_titles(extract_text):
    facts, _ = extract_text(
        "In the 2019 vote, Liberal Party candidate Ann Moss lost to Green Party Tom Vale. "
        "The Unity Party, led by Marta Ruiz, came third. Ivo Dank was elected as a member of the Farmers Party."
    )
    got = triples(facts)
    assert ("Tom Vale", "MEMBER_OF", "Green Party") in got
    assert ("Marta Ruiz", "HOLDS_ROLE", "Unity Party") in got
    assert ("Ivo Dank", "MEMBER_OF", "Farmers Party") in got


def test_affiliations_from_at_work_verbs_and_title_of_organisation(extract_text):
    facts, _ = extract_text(
        "Maria Lund of the Green Party said the vote was close. Later, the former commander of the Baltic Fleet "
        "Igor Sergeyev spoke. Rosa Diaz works at the World Bank in Washington."
    )
    got = triples(facts)
    assert ("Maria Lund", "MEMBER_OF", "Green Party") in got
    assert any(h == "Igor Sergeyev" and tl == "Baltic Fleet" for h, _, tl in got)
    assert ("Rosa Diaz", "MEMBER_OF", "World Bank") in got


def test_meeting_between_two_people_pairs_them_not_the_broker(extract_text):
    facts, _ = extract_text("Aide Tom Price offered to broker a meeting between Ana Rojas and Luis Vega.")
    meetings = {(h, tl) for h, t, tl, _ in facts if t == "MET_WITH"}
    assert meetings == {("Ana Rojas", "Luis Vega")}


def test_reasons_are_not_targets_and_hyphenated_relatives(extract_text):
    facts, _ = extract_text(
        "The Daily Courier endorsed Ana Rojas over Luis Vega. Putin's son-in-law, Kirill Orlov, declined to comment."
    )
    got = {(h, t, tl, p.get("kind", "")) for h, t, tl, p in facts}
    assert not [f for f in got if f[1] == "PRAISED" and f[2] == "Luis Vega"]
    assert ("Kirill Orlov", "RELATIVE_OF", "Putin", "son-in-law") in got


def test_unnamed_officials_act_for_their_state(extract_text):
    facts, _ = extract_text("A French minister threatened to impose restrictions against German goods.")
    assert ("France", "THREATENED", "Germany") in triples(facts)


def test_plural_title_covers_a_list_of_names(extract_text):
    facts, _ = extract_text("Estonian ministers Kaja Mets and Toomas Saar attended the summit.")
    got = triples(facts)
    assert ("Kaja Mets", "HOLDS_ROLE", "Estonia") in got and ("Toomas Saar", "HOLDS_ROLE", "Estonia") in got


def test_caption_list_members_all_meet_and_keep_their_own_titles(extract_text):
    facts, _ = extract_text(
        "Latvian envoy Ilze Berzina, defence aide Juris Ozols, Polish President Jan Kowal's adviser Ewa Lis "
        "and brother Adam Kowal attend a meeting with Finnish President Aino Virta in Helsinki, Finland, May 5"
    )
    got = triples(facts)
    for person in ("Ilze Berzina", "Juris Ozols", "Ewa Lis", "Adam Kowal"):
        assert (person, "MET_WITH", "Aino Virta") in got, person
    assert ("Ewa Lis", "ADVISER_TO", "Jan Kowal") in got
    assert ("Juris Ozols", "ADVISER_TO", "Jan Kowal") not in got


def test_due_to_meet_is_planned_and_qualified_party_words_are_other_parties(extract_text):
    facts, result = extract_text(
        "German Chancellor Karl Weiss met reporters. Weiss, a Social Democrat, spoke first. "
        "Weiss is due to meet French President Anne Roux in Paris on Friday."
    )
    assert [p["status"] for h, t, tl, p in facts if (h, t, tl) == ("Karl Weiss", "MET_WITH", "Anne Roux")] == ["planned"]
    assert "Democratic Party" not in {e.name for e in result.entities}


def test_summit_between_two_leaders_and_purpose_clause_subjects(extract_text):
    facts, _ = extract_text(
        "A summit between Serbian President Dragan Petrovic and Kosovo Prime Minister Arben Krasniqi, "
        "scheduled for Tuesday, has been postponed. Petrovic is expected to travel to Moscow in July "
        "to meet Russian President Oleg Sidorov."
    )
    meetings = {(h, tl, p["status"]) for h, t, tl, p in facts if t == "MET_WITH"}
    assert ("Dragan Petrovic", "Arben Krasniqi", "cancelled") in meetings
    assert ("Dragan Petrovic", "Oleg Sidorov", "planned") in meetings


def test_surname_particles_stay_with_the_surname():
    from graphbuild.resolve import cluster_names

    assert len(set(cluster_names(["Pieter Van Damme", "Van Damme", "Damme"]))) <= 2
    clusters = cluster_names(["Pieter Van Damme", "Van Damme"])
    assert clusters[0] == clusters[1]


def test_dateline_is_not_the_subject_and_gives_untitled_offices_their_country(extract_text):
    facts, _ = extract_text(
        "LIMA, May 2 (Wire) - President Rosa Quispe welcomed Chilean President Ana Rojas to the palace on Monday. "
        "Kremlin spokesman Ivan Orlov accused Peru of meddling."
    )
    got = {(h, t, tl, r) for h, t, tl, p in facts for r in [p.get("role", "")]}
    assert ("Rosa Quispe", "HOLDS_ROLE", "Peru", "president") in got
    assert ("Rosa Quispe", "MET_WITH", "Ana Rojas", "") in got
    assert ("Ivan Orlov", "ACCUSED", "Peru", "") in got


def test_definite_organisation_references(extract_text):
    facts, _ = extract_text(
        "The Environmental Protection Agency issued new rules, said Ruth Ames, a spokeswoman for the agency."
    )
    assert ("Ruth Ames", "SPOKESPERSON_FOR", "Environmental Protection Agency") in triples(facts)


def test_participle_clause_keeps_the_subject(extract_text):
    facts, _ = extract_text(
        "Israeli Prime Minister Avi Dror spoke in parliament on Monday, rejecting Hamas's demands."
    )
    assert ("Avi Dror", "REJECTED", "Hamas") in triples(facts)


def test_discussing_a_country_is_not_meeting_it(extract_text):
    facts, _ = extract_text("French President Anne Roux discussed Ukraine with German Chancellor Karl Weiss.")
    got = triples(facts)
    assert ("Anne Roux", "MET_WITH", "Karl Weiss") in got
    assert ("Anne Roux", "MET_WITH", "Ukraine") not in got


def test_is_to_visit_is_planned_and_possessive_names_are_trimmed(extract_text):
    facts, result = extract_text(
        "Foreign Secretary Jack Straw is to visit Thailand this week. "
        "The court backed the Home Office's powers."
    )
    assert [p["status"] for h, t, tl, p in facts if t == "VISITED" and h == "Jack Straw"] == ["planned"]
    assert not [e.name for e in result.entities if e.name.endswith("'s")]


def test_possessive_party_fellow_members_home_towns_and_titles_as_names(extract_text):
    facts, result = extract_text(
        "Ruiz's fellow Republicans blocked the bill, said Senator Dana Ruiz. "
        "Tom Boyle, 59, of Bowling Green, Kentucky, was arrested. Home Secretary Amber Rudd spoke."
    )
    got = {(h, t, tl, p.get("role")) for h, t, tl, p in facts}
    assert ("Dana Ruiz", "MEMBER_OF", "Republican Party", "member") in got
    assert not [f for f in got if f[0] == "Tom Boyle" and f[1] == "MEMBER_OF"]
    assert "Home Secretary" not in {e.name for e in result.entities}


def test_counterparts_aid_transfers_and_proxies(extract_text):
    facts, _ = extract_text(
        "Russian Foreign Minister Sergei Lavrov held talks with his Turkish counterpart Hakan Fidan in Ankara. "
        "Germany will send more air defence systems to Ukraine. Poland sent a letter to Hungary. "
        "Hamas fighters attacked Israeli positions near the border."
    )
    got = {(h, t, tl, p.get("role", "")) for h, t, tl, p in facts}
    assert ("Hakan Fidan", "HOLDS_ROLE", "Turkey", "foreign minister") in got
    assert ("Germany", "SUPPORTED", "Ukraine", "") in got
    assert not [f for f in got if f[0] == "Poland" and f[1] == "SUPPORTED"]
    assert ("Hamas", "ATTACKED", "Israel", "") in got


def test_pulled_out_and_did_not_take_place_are_cancelled_and_conj_of_reject_is_not_negated(extract_text):
    facts, _ = extract_text(
        "Azerbaijani President Elnur Aliyev has pulled out of a planned meeting with Armenian Prime Minister "
        "Aram Petrosyan. A meeting between Anna Berg and Olaf Lind did not take place. "
        "Ukrainian President Ivan Koval rejected the proposal and accused Moscow of shelling Kharkiv."
    )
    meetings = {(h, tl, p["status"]) for h, t, tl, p in facts if t == "MET_WITH"}
    assert ("Elnur Aliyev", "Aram Petrosyan", "cancelled") in meetings
    assert ("Anna Berg", "Olaf Lind", "cancelled") in meetings
    assert ("Ivan Koval", "ACCUSED", "Russia") in triples(facts)


def test_joined_for_talks_and_titled_list_members(extract_text):
    facts, _ = extract_text(
        "House Democratic leader Nancy Pelosi and Senate Democratic leader Chuck Schumer joined "
        "President Donald Trump for talks at the White House."
    )
    got = triples(facts)
    assert ("Nancy Pelosi", "NEGOTIATED_WITH", "Donald Trump") in got
    assert ("Chuck Schumer", "NEGOTIATED_WITH", "Donald Trump") in got
    assert not [f for f in got if f[1] == "NEGOTIATED_WITH" and "Party" in f[0] + f[2]]


def test_welcoming_someones_approach_is_praise_not_a_meeting(extract_text):
    facts, _ = extract_text("Hungarian Prime Minister Viktor Orban welcomed Trump's approach to the war.")
    got = triples(facts)
    assert ("Viktor Orban", "PRAISED", "Trump") in got
    assert not [f for f in got if f[1] == "MET_WITH"]


def test_short_family_names_written_first(extract_text):
    facts, _ = extract_text(
        "Chinese President Xi Jinping spoke with Russian President Vladimir Putin. Xi and Putin last met in Kazan."
    )
    assert ("Xi Jinping", "MET_WITH", "Vladimir Putin") in triples(facts)


def test_honorifics_and_arabic_family_names(extract_text):
    facts, _ = extract_text(
        "U.S. Secretary of State Mark Reed spoke by phone with Qatar's Prime Minister Sheikh Mohammed bin "
        "Abdulrahman Al Thani. Egyptian and Qatari mediators met Hamas officials in Cairo."
    )
    got = triples(facts)
    assert ("Mohammed bin Abdulrahman Al Thani", "HOLDS_ROLE", "Qatar") in got
    assert ("Mark Reed", "MET_WITH", "Mohammed bin Abdulrahman Al Thani") in got
    assert ("Egypt", "MET_WITH", "Hamas") in got and ("Qatar", "MET_WITH", "Hamas") in got


def test_untagged_subject_of_a_career_verb_is_a_person(extract_text):
    facts, _ = extract_text("Hanlon served as leader of the Reform Party from 1997 to 1998.")
    assert ("Hanlon", "HOLDS_ROLE", "Reform Party") in triples(facts)


def test_announced_coercion_is_a_threat(extract_text):
    facts, _ = extract_text(
        "NATO confirmed on Wednesday it would tighten the naval blockade of Serbia. "
        "The European Union will impose sanctions on Russia. The court will restrict travel to France."
    )
    got = triples(facts)
    assert ("NATO", "THREATENED", "Serbia") in got
    assert ("European Union", "THREATENED", "Russia") in got
    assert not [f for f in got if f[2] == "France"]


def test_threat_unless_the_other_side_complies(extract_text):
    facts, _ = extract_text("Syria threatened to close its border unless Turkey withdrew its troops within a week.")
    assert ("Syria", "THREATENED", "Turkey") in triples(facts)


def test_coercion_of_a_thing_threatens_its_owner_not_its_neighbours(extract_text):
    facts, _ = extract_text(
        "Canada will impose sanctions on Iran's central bank. "
        "Germany will freeze cooperation with Hungary's government. "
        "Japan will halt trade talks with Russia's neighbours."
    )
    got = triples(facts)
    assert ("Canada", "THREATENED", "Iran") in got
    assert ("Germany", "THREATENED", "Hungary") in got
    assert not [f for f in got if f[0] == "Japan" and f[1] == "THREATENED"]


def test_name_cut_at_its_particles_is_one_person(extract_text):
    facts, result = extract_text(
        "Dutch Foreign Minister Anna Van den Berg met Carla von der Wetering and Paulo de Souza in Brussels."
    )
    names = {e.name for e in result.entities if e.type == "Person"}
    assert {"Anna Van den Berg", "Carla von der Wetering", "Paulo de Souza"} <= names
    assert ("Anna Van den Berg", "HOLDS_ROLE", "Netherlands") in triples(facts)


def test_object_after_an_as_phrase(extract_text):
    facts, _ = extract_text("Albania on Friday denounced as a shameful act Serbia's crackdown on protesters.")
    assert ("Albania", "ACCUSED", "Serbia") in triples(facts)


def test_party_names_in_other_languages_are_not_people(extract_text):
    facts, result = extract_text(
        "The main parties were the Unity Party (Partido Unidad Nacional), the Farmers League (Liga Agraria "
        "Democrática) and the Green Front (Frente Verde). The bloc united the Reform Party, Vatra, the Farmers "
        "Union and the Green Party."
    )
    people = {e.name for e in result.entities if e.type == "Person"}
    assert people == set(), people
    assert not [f for f in facts if f[1] == "MEMBER_OF"]


def test_appointed_is_a_verb_and_state_demonyms_are_not_people(extract_text):
    facts, result = extract_text("Washington appointed fellow Texan Ray Dunmore as attorney general.")
    assert "Texan" not in {e.name for e in result.entities if e.type == "Person"}
    assert not [f for f in facts if f[1] == "HOLDS_ROLE" and f[2] == "United States"]


def test_together_with_a_party_is_company_not_membership(extract_text):
    facts, _ = extract_text("In 2019 Ola Brennvik together with the Centre Party signed the pact.")
    assert ("Ola Brennvik", "MEMBER_OF", "Centre Party") not in triples(facts)


def test_running_or_campaigning_for_a_party_is_membership(extract_text):
    facts, _ = extract_text(
        "Tessa Marlow ran for the Progressive Union Party in 1997 and later joined the Green Party. "
        "Oskar Dahlin campaigned for the New Reform Party and for the CRP. "
        "Ivo Renk ran for the Senate in 2002. Lea Santos campaigned for several other Republicans in 2010."
    )
    got = triples(facts)
    assert ("Tessa Marlow", "MEMBER_OF", "Progressive Union Party") in got
    assert ("Tessa Marlow", "MEMBER_OF", "Green Party") in got
    assert ("Oskar Dahlin", "MEMBER_OF", "New Reform Party") in got
    assert ("Oskar Dahlin", "MEMBER_OF", "CRP") in got
    # running for a seat is no membership of the body (a candidacy for it, at most), and campaigning for
    # other people is none of their party
    assert not [f for f in got if f[0] == "Lea Santos" or f[0] == "Ivo Renk" and f[1] == "MEMBER_OF"]
    assert not [f for f in got if f[0] == "Ivo Renk" and f[1] == "HOLDS_ROLE" and f[2] != "US Senate"]


def test_party_incumbent_is_a_member_not_an_official_of_the_country(extract_text):
    facts, _ = extract_text("Marlow lost to Liberal Party of Canada incumbent Arne Velt and Liberal Party of Canada "
                            "candidate Rita Moss.")
    got = triples(facts)
    assert ("Arne Velt", "MEMBER_OF", "Liberal Party of Canada") in got
    assert ("Rita Moss", "MEMBER_OF", "Liberal Party of Canada") in got
    assert not [f for f in got if f[2] == "Canada"]


def test_elected_to_a_body_and_board_seats_are_membership(extract_text):
    facts, _ = extract_text(
        "Kevin Rask was elected to the Provincial Assembly of Westland in 1999. "
        "Ilse Varga has served on the boards of the Northfield Foundation, the Civic Trust and the Harbor Institute. "
        "At the 2013 Australian federal election, Tom Birrell was elected to the Senate."
    )
    got = triples(facts)
    assert ("Kevin Rask", "MEMBER_OF", "Provincial Assembly of Westland") in got
    for org in ("Northfield Foundation", "Civic Trust", "Harbor Institute"):
        assert ("Ilse Varga", "MEMBER_OF", org) in got
    assert not [f for f in got if f[0] == "Tom Birrell" and f[2] == "US Senate"]


def test_lone_surname_re_elected_is_a_person(extract_text):
    facts, _ = extract_text("Rasmark was re-elected to the Westland Assembly in 2003.")
    assert ("Rasmark", "MEMBER_OF", "Westland Assembly") in triples(facts)


def test_became_leader_of_a_party(extract_text):
    facts, _ = extract_text("In 2011 Maren Sollie became leader of the Coastal Party.")
    assert ("Maren Sollie", "HOLDS_ROLE", "Coastal Party") in triples(facts)


def test_party_led_under_a_person(extract_text):
    facts, _ = extract_text(
        "The Civic Renewal Party was in government under Anton Brel and Maren Sollie until 2011. "
        "The Coastal Party won ten seats under the leadership of Tor Haugen. "
        "Under Ivar Lunde, the economy grew and Norway joined the alliance."
    )
    got = triples(facts)
    assert ("Anton Brel", "HOLDS_ROLE", "Civic Renewal Party") in got
    assert ("Maren Sollie", "HOLDS_ROLE", "Civic Renewal Party") in got
    assert ("Tor Haugen", "HOLDS_ROLE", "Coastal Party") in got
    assert not [f for f in got if f[0] == "Ivar Lunde"]


def test_candidates_on_a_party_ticket(extract_text):
    facts, _ = extract_text("Anton Brel ran on the Civic Renewal Party ticket in 2004.")
    assert ("Anton Brel", "MEMBER_OF", "Civic Renewal Party") in triples(facts)


def test_possessive_with_party_acronym(extract_text):
    facts, _ = extract_text("The NRP's Anton Brel became prime minister after the vote.")
    assert ("Anton Brel", "MEMBER_OF", "NRP") in triples(facts)


def test_country_word_before_another_countrys_party_alias_is_a_new_party(extract_text):
    facts, _ = extract_text("The Australian Democrats gained two seats under Lena Marsh.")
    got = triples(facts)
    assert ("Lena Marsh", "HOLDS_ROLE", "Australian Democrats") in got
    assert not [f for f in got if f[2] == "Democratic Party"]


def test_lone_surname_with_a_legislature_seat_is_a_person(extract_text):
    facts, _ = extract_text("Wroblewski remained a member of the Sejm until 1971.")
    assert ("Wroblewski", "MEMBER_OF", "Sejm") in triples(facts)


def test_party_in_brackets_after_a_name(extract_text):
    facts, _ = extract_text(
        "Supporters included Nora Lind (Green Party), Kari Aas (Coastal Party candidate), "
        "Jon Bakke (former leader of the Civic Renewal Party) and Ola Dahl (journalist)."
    )
    got = triples(facts)
    assert ("Nora Lind", "MEMBER_OF", "Green Party") in got
    assert ("Kari Aas", "MEMBER_OF", "Coastal Party") in got
    assert ("Jon Bakke", "HOLDS_ROLE", "Civic Renewal Party") in got
    assert not [f for f in got if f[0] == "Ola Dahl"]


def test_name_for_a_party_read_in_order(extract_text):
    facts, _ = extract_text("The seat was contested by Mary Olsen of the Coastal Party, Tom Berg for the NRP "
                            "and Eva Strand for the Civic Renewal Party.")
    got = triples(facts)
    assert ("Mary Olsen", "MEMBER_OF", "Coastal Party") in got
    assert ("Eva Strand", "MEMBER_OF", "Civic Renewal Party") in got
    assert ("Mary Olsen", "MEMBER_OF", "Civic Renewal Party") not in got


def test_listed_members_of_an_organisation(extract_text):
    facts, _ = extract_text(
        "Some of the notable members of the Coastal League have been Arne Velt, Maren Sollie and Tor Haugen. "
        "The race was contested by Ida Berg, Ole Moen and Siv Lie, all of whom were members of the Civic Renewal Party."
    )
    got = triples(facts)
    for name in ("Arne Velt", "Maren Sollie", "Tor Haugen"):
        assert (name, "MEMBER_OF", "Coastal League") in got
    for name in ("Ida Berg", "Ole Moen", "Siv Lie"):
        assert (name, "MEMBER_OF", "Civic Renewal Party") in got


def test_relative_clause_membership_and_switch(extract_text):
    facts, _ = extract_text("The seat is held by Jon Bakke, who was elected as a member of the Coastal Party "
                            "but switched to the Civic Renewal Party in 2004.")
    got = triples(facts)
    assert ("Jon Bakke", "MEMBER_OF", "Coastal Party") in got
    assert ("Jon Bakke", "MEMBER_OF", "Civic Renewal Party") in got


def test_long_lists_of_boards_and_academies(extract_text):
    facts, _ = extract_text(
        "Ilse Varga has served on the boards of the Northfield Foundation, the Civic Trust, the Harbor Institute, "
        "and the Lake Council of Churches. Kevin Rask had been elected to the Royal Society of Westland, the Academy "
        "of Farming, the Northern Academy of Letters and the Union of Engineers."
    )
    got = triples(facts)
    for org in ("Northfield Foundation", "Civic Trust", "Harbor Institute", "Lake Council of Churches"):
        assert ("Ilse Varga", "MEMBER_OF", org) in got
    for org in ("Royal Society of Westland", "Academy of Farming", "Northern Academy of Letters", "Union of Engineers"):
        assert ("Kevin Rask", "MEMBER_OF", org) in got


def test_lone_names_running_for_a_party_are_people(extract_text):
    facts, _ = extract_text("Hundsvik later ran for the Progressive Union Party in Eastfield. "
                            "Brakstad was a member of the Coastal Party before 2003.")
    got = triples(facts)
    assert ("Hundsvik", "MEMBER_OF", "Progressive Union Party") in got
    assert ("Brakstad", "MEMBER_OF", "Coastal Party") in got


def test_under_a_person_after_a_noun_is_membership_only(extract_text):
    facts, _ = extract_text("The rally celebrated the Coastal Party's economic record under Anton Brel.")
    got = triples(facts)
    assert ("Anton Brel", "MEMBER_OF", "Coastal Party") in got
    assert ("Anton Brel", "HOLDS_ROLE", "Coastal Party") not in got


def test_heading_a_committee_of_a_body_is_not_leading_the_body(extract_text):
    facts, _ = extract_text("Committee Chairman Mark Dole, who is expected to head a House-Senate negotiating "
                            "committee, spoke on Monday.")
    assert not [f for f in triples(facts) if f[0] == "Mark Dole" and f[2] == "US Senate"]


def test_coordinated_targets_of_a_title(extract_text):
    facts, _ = extract_text(
        "Arne Velt was the leader of several parties, the Order Party (Partei der Ordnung, 1970-1971), the Salvation "
        "Party (1972-1981), and the Welfare Party. Hanna Lie served as leader of the Reform Party of Westland from "
        "1997 to 1998, and later as leader of the Westland Party, and the Westland Conservative Party."
    )
    got = triples(facts)
    for party in ("Order Party", "Salvation Party", "Welfare Party"):
        assert ("Arne Velt", "HOLDS_ROLE", party) in got
    for party in ("Reform Party of Westland", "Westland Party", "Westland Conservative Party"):
        assert ("Hanna Lie", "HOLDS_ROLE", party) in got
    assert not [f for f in got if f[0] == "Ordnung"]


def test_plural_title_covers_a_list_read_in_word_order(extract_text):
    facts, _ = extract_text(
        "Notable figures included Coastal Party leaders Arne Velt, Maren Sollie and Tor Haugen, leader of the "
        "Green Front Ida Berg, and the writer Ola Dahl. With fellow Westland senators Kari Aas and Per Moe, "
        "Lena Holt formed a choir."
    )
    got = triples(facts)
    for name in ("Arne Velt", "Maren Sollie", "Tor Haugen"):
        assert (name, "HOLDS_ROLE", "Coastal Party") in got
    assert not [f for f in got if f[0] in ("Ola Dahl", "Lena Holt")]


def test_plural_title_conjuncts_with_home_states(extract_text):
    facts, _ = extract_text("Republican Senators Tod Carver of Texas and Pam Tolley of Ohio met the staff.")
    got = triples(facts)
    assert ("Tod Carver", "HOLDS_ROLE", "United States") in got
    assert ("Pam Tolley", "HOLDS_ROLE", "United States") in got


def test_a_mediator_deals_with_each_side(extract_text):
    facts, _ = extract_text("Qatar mediated between Israel and Hamas. "
                            "Norwegian envoy Lars Dahl undertook a mediation mission between Sudan and Chad.")
    got = triples(facts)
    assert {("Qatar", "NEGOTIATED_WITH", "Israel"), ("Qatar", "NEGOTIATED_WITH", "Hamas"),
            ("Lars Dahl", "NEGOTIATED_WITH", "Sudan"), ("Lars Dahl", "NEGOTIATED_WITH", "Chad")} <= got
    # the sides are not paired: a mediator is there because they do not talk directly
    assert not {("Israel", "NEGOTIATED_WITH", "Hamas"), ("Hamas", "NEGOTIATED_WITH", "Israel")} & got


def test_who_brokers_a_meeting_does_not_attend_it(extract_text):
    facts, _ = extract_text("Lena Holt said she could help broker a meeting between Chancellor Otto Weiss and "
                            "President Ivo Maric.")
    got = triples(facts)
    assert ("Otto Weiss", "MET_WITH", "Ivo Maric") in got or ("Ivo Maric", "MET_WITH", "Otto Weiss") in got
    assert not [f for f in got if f[0] == "Lena Holt" and f[1] in ("MET_WITH", "NEGOTIATED_WITH")]


def test_who_in_a_relative_clause_after_an_apposition_is_the_named_person(extract_text):
    facts, _ = extract_text("The race pits Democrat Rosa Nolan against Republican Ed Lane, a former party "
                            "chairman who has been endorsed by Senator Mark Tully.")
    got = triples(facts)
    assert ("Mark Tully", "PRAISED", "Ed Lane") in got
    assert not [f for f in got if f[0] == "Mark Tully" and f[2] == "Republican Party"]


def test_a_demanded_meeting_is_no_meeting(extract_text):
    facts, _ = extract_text("Chancellor Otto Weiss urged President Ivo Maric to meet Prime Minister Lea Sorel. "
                            "Weiss said the United States must be ready to mediate between Serbia and Kosovo.")
    assert not [f for f in triples(facts) if f[1] in ("MET_WITH", "NEGOTIATED_WITH")]


def test_a_warning_of_ones_own_action_is_a_threat(extract_text):
    facts, _ = extract_text(
        "Iran warned it would close the Strait of Hormuz to American ships. "
        "President Ivo Maric warned he would expel Serbia's ambassador. "
        "Chancellor Otto Weiss warned that Europe could no longer rely on Canada. "
        "Lea Sorel warned that Portugal would not sanction Spain."
    )
    got = triples(facts)
    assert ("Iran", "THREATENED", "United States") in got
    assert ("Ivo Maric", "THREATENED", "Serbia") in got
    assert not [f for f in got if f[1] == "THREATENED" and f[2] in ("Canada", "Spain")]


def test_two_names_joined_by_an_ampersand_are_not_one_person(extract_text):
    _, result = extract_text("The sketch show of Tom Berry & Will Hadley won the award, said producer Ann Cole.")
    people = {e.name for e in result.entities if e.type == "Person"}
    assert "Tom Berry & Will Hadley" not in people and "Ann Cole" in people


def test_an_occupation_at_an_organisation_is_an_affiliation(extract_text):
    facts, _ = extract_text("Paul Brandt, an ecologist and entomologist at Lakeside University, said the study "
                            "was flawed. Ann Bell, a patient at Mercy Hospital, said the care was good.")
    got = triples(facts)
    assert ("Paul Brandt", "MEMBER_OF", "Lakeside University") in got
    # a patient, guest or visitor at a place does not work there
    assert not [f for f in got if f[0] == "Ann Bell" and f[2] == "Mercy Hospital"]


def test_a_unit_of_an_organisation_stands_for_it(extract_text):
    facts, _ = extract_text("The soil is dry, says Mark Tello, a soil chemist with the USDA's agricultural research "
                            "service. Spokesman Tim Oder of the smaller Valdor company said sales rose.")
    got = triples(facts)
    assert ("Mark Tello", "MEMBER_OF", "USDA") in got
    assert ("Tim Oder", "MEMBER_OF", "Valdor") in got


def test_a_party_and_state_tag_does_not_hide_the_apposition(extract_text):
    facts, _ = extract_text("Sen. Carl Vance, D-Ohio, chairman of the Senate Banking Committee, said Monday he "
                            "will ask for more.")
    got = triples(facts)
    assert ("Carl Vance", "HOLDS_ROLE", "Senate Banking Committee") in got
    assert not [f for f in got if f[0] == "Carl Vance" and f[2] == "Ohio"]


def test_the_last_of_two_apposed_titles_takes_the_organisation(extract_text):
    facts, _ = extract_text("We are not against growth, said Tom Acker, a jeweler and president of Vision Portland, "
                            "which supports the plan.")
    assert ("Tom Acker", "HOLDS_ROLE", "Vision Portland") in triples(facts)


def test_a_rank_after_an_organisation_is_a_title(extract_text):
    facts, result = extract_text("The boat sank at dawn, said Coast Guard Lt. Ana Ruiz, who led the search. "
                                 "A fire charred 200 acres, said county Fire Department Capt. Hugh Lang.")
    got = triples(facts)
    assert ("Ana Ruiz", "HOLDS_ROLE", "Coast Guard") in got
    assert ("Hugh Lang", "HOLDS_ROLE", "Fire Department") in got
    # the rank is not part of the organisation's name
    assert not [e for e in result.entities if e.name.endswith(("Lt", "Capt"))]


def test_an_appointment_gives_the_title_of_the_organisation(extract_text):
    facts, _ = extract_text("The chain has named Larry Fink publisher of the Boston Ledger. "
                            "Nora Pell has been appointed chairman of the Harbor Bank. "
                            "The board may name Ivo Brun chairman of the Delta Trust.")
    got = triples(facts)
    assert ("Larry Fink", "HOLDS_ROLE", "Boston Ledger") in got
    assert ("Nora Pell", "HOLDS_ROLE", "Harbor Bank") in got
    # a possible appointment has not happened
    assert not [f for f in got if f[0] == "Ivo Brun"]


def test_a_reporter_covers_a_beat_for_a_news_organisation(extract_text):
    facts, _ = extract_text("Lisa Kern covers the White House for the Boston Ledger. "
                            "Ann Ruiz wrote a letter for the Harbor Bank.")
    got = triples(facts)
    assert ("Lisa Kern", "MEMBER_OF", "Boston Ledger") in got
    # writing something for an organisation is no job there
    assert not [f for f in got if f[0] == "Ann Ruiz" and f[2] == "Harbor Bank"]


def test_an_age_then_of_a_place_is_a_home_town(extract_text):
    facts, _ = extract_text("Dan Reis, 30, of Harborway, went down to help and also became stuck, Lane said. "
                            "Eva Lund of Harborway Corp. said the line was safe.")
    got = triples(facts)
    assert not [f for f in got if f[0] == "Dan Reis" and f[1] == "MEMBER_OF"]
    assert ("Eva Lund", "MEMBER_OF", "Harborway Corp.") in got


def test_a_representative_to_an_organisation_is_an_envoy(extract_text):
    facts, _ = extract_text("Nina Hale, U.S. representative to the United Nations, said the vote was close.")
    got = triples(facts)
    assert ("Nina Hale", "ENVOY_OF", "United States") in got
    assert not [f for f in got if f[0] == "Nina Hale" and f[2] == "United Nations"]


def test_a_work_noun_between_organisation_and_title_is_skipped(extract_text):
    facts, _ = extract_text("Bob Lind, a Harbor Bank operations manager, said the vault held. "
                            "The roof held at Delta Mills, said Ada Moss, operations manager for the city.")
    got = triples(facts)
    assert ("Bob Lind", "HOLDS_ROLE", "Harbor Bank") in got
    # an organisation outside the apposition is not the one the title belongs to
    assert not [f for f in got if f[0] == "Ada Moss" and f[2] == "Delta Mills"]


def _orgs(result):
    return {e.name: e for e in result.entities if e.type == "Organization"}


def test_an_acronym_in_brackets_is_another_name_of_the_organisation(extract_text):
    _, result = extract_text("Marta Velez of the Agrarian Renewal Party (ARP) said the vote would be close. "
                             "Later, the ARP said it would appeal.")
    orgs = _orgs(result)
    assert "Agrarian Renewal Party" in orgs and "ARP" in orgs["Agrarian Renewal Party"].aliases
    assert "ARP" not in orgs  # one organisation, not two
    # a name in its own language, a country in the name, and a name the NER ran into the bracket
    _, result = extract_text("Rasul Karimi, deputy head of the Kurdish Labour Party of Iran (PKKI), spoke. "
                             "The Party for Progress (PfP) and the Green Alliance (GA) formed a coalition.")
    orgs = _orgs(result)
    assert "PKKI" in orgs["Kurdish Labour Party of Iran"].aliases
    assert "PfP" in orgs["Party for Progress"].aliases and "GA" in orgs["Green Alliance"].aliases
    # the full name in brackets after the acronym
    _, result = extract_text("Selim Kaya, deputy leader of the RP (Prosperity Party) parliamentary group, spoke.")
    assert any({"RP", "Prosperity Party"} <= e.aliases for e in result.entities)


def test_a_bracketed_credit_after_a_name_is_no_acronym(extract_text):
    _, result = extract_text("WASHINGTON (AP) - Officials at the Justice Ministry (AP) refused to comment. "
                             "The Harbour Liberal Party (Liberals) met on Monday.")
    orgs = _orgs(result)
    assert "AP" not in {a for e in result.entities for a in e.aliases}
    assert "Harbour Liberal Party" in orgs  # not "Harbour Liberal Party (Liberals"
    assert not [name for name in orgs if "(" in name]


def test_capitalised_words_before_a_lower_case_party_name_a_party(extract_text):
    facts, result = extract_text("Lina Ortiz of the PANDA party lost the runoff. The opposition parties "
                                 "(the Civic Unity Table and the Homeland for Everyone parties) won 52% of the votes.")
    orgs = _orgs(result)
    assert "PANDA party" in orgs and "Homeland for Everyone" in orgs
    assert ("Lina Ortiz", "MEMBER_OF", "PANDA party") in triples(facts)
    # a lower-case adjective, and two parties named together, are no party's name
    _, result = extract_text("She left the ruling party in 2012. The Liberal and National parties met.")
    assert not [name for name in _orgs(result) if "ruling" in name or "Liberal and National parties" in name]


def test_a_name_ending_in_an_organisation_word_is_no_person(extract_text):
    _, result = extract_text("Orban Textiles AG won 7,000 orders, said lead manager Harbor Brothers International.")
    types = {(e.name, e.type) for e in result.entities}
    assert ("Orban Textiles AG", "Organization") in types
    assert ("Harbor Brothers International", "Organization") in types
    assert not [e for e in result.entities if e.type == "Person"]
    # a person's name is still a person's
    _, result = extract_text("Chairman Ben Udo of Okafor Holdings resigned on Friday.")
    assert ("Ben Udo", "Person") in {(e.name, e.type) for e in result.entities}


def test_bracketed_name_between_organisation_and_title(extract_text):
    facts, _ = extract_text("Voters backed the Coastal Renewal Party (CRP) candidate Tomas Arribas in the poll.")
    assert ("Tomas Arribas", "MEMBER_OF", "Coastal Renewal Party") in triples(facts)
    facts, _ = extract_text("He met the Secretary-General of the Northern Democratic Party (NDP) Omar Saleh on Monday.")
    assert ("Omar Saleh", "HOLDS_ROLE", "Northern Democratic Party") in triples(facts)
    # a bracket that says something else about the name before it gives the next name nothing
    facts, _ = extract_text("Greta Lindqvist (a Coastal Renewal Party donor) lawyer Tomas Arribas said on Monday "
                            "that the case was closed.")
    assert not {f for f in triples(facts) if f[0] == "Tomas Arribas" and f[2] == "Coastal Renewal Party"}


def test_body_has_title_names_its_holders(extract_text):
    facts, _ = extract_text("The Forest Party has one deputy, Anna Kowalczyk, and the Green League has one deputy, "
                            "Maria Olsen.")
    got = triples(facts)
    assert {("Anna Kowalczyk", "MEMBER_OF", "Forest Party"), ("Maria Olsen", "MEMBER_OF", "Green League")} <= got
    assert ("Anna Kowalczyk", "MEMBER_OF", "Green League") not in got
    facts, _ = extract_text("Lindqvist Holdings has a new chief executive, Tomas Arribas.")
    assert ("Tomas Arribas", "HOLDS_ROLE", "Lindqvist Holdings") in triples(facts)
    # one title, one holder: the next name in the sentence is not a second one
    facts, _ = extract_text("Lindqvist Holdings has a chief executive, Tomas Arribas, and Maria Olsen said it was bad.")
    assert not {f for f in triples(facts) if f[0] == "Maria Olsen" and f[2] == "Lindqvist Holdings"}


def test_led_by_a_list_of_names(extract_text):
    facts, _ = extract_text("After the war, the Forest Party, which was led by Anna Kowalczyk, Maria Olsen, "
                            "Tomas Arribas, and Luis Fuentes, took power.")
    got = triples(facts)
    assert {("Anna Kowalczyk", "HOLDS_ROLE", "Forest Party"), ("Tomas Arribas", "HOLDS_ROLE", "Forest Party"),
            ("Luis Fuentes", "HOLDS_ROLE", "Forest Party")} <= got
    # a list that does not close with 'and' is no list: the speaker is not a leader
    facts, _ = extract_text("The Forest Party, which was led by Anna Kowalczyk, Maria Olsen said, would win.")
    got = triples(facts)
    assert ("Anna Kowalczyk", "HOLDS_ROLE", "Forest Party") in got
    assert not {f for f in got if f[0] == "Maria Olsen" and f[2] == "Forest Party"}


def test_under_leaders_after_a_chain_of_prepositions(extract_text):
    facts, _ = extract_text("The Forest Party was in government from the 1997 election to the 2011 election "
                            "under Anna Kowalczyk and Maria Olsen, with a high of 81 seats.")
    got = triples(facts)
    assert {("Anna Kowalczyk", "MEMBER_OF", "Forest Party"), ("Maria Olsen", "MEMBER_OF", "Forest Party")} <= got
    facts, _ = extract_text("The Forest Party was defeated in the 2011 election under Anna Kowalczyk.")
    assert ("Anna Kowalczyk", "HOLDS_ROLE", "Forest Party") not in triples(facts)


def test_interaction_precision_cases_from_news(extract_text):
    facts, _ = extract_text(
        "The agency has been unable to verify the allegations against Senator Rosa Nolan. "
        "Senator Ann Cole slammed Ed Lane's opponent, Mark Tully. "
        "In an interview on Friday, President Ivo Maric attacked the State Department. "
        "A judge rejected a request by a Russian lawyer who met Lea Sorel. "
        "Maric threatened to destroy Norland if Canada were attacked. "
        "Ministers will gather for the APEC summit in Vietnam."
    )
    got = triples(facts)
    assert not [f for f in got if f[2] == "Rosa Nolan"]  # who verifies allegations did not make them
    assert ("Ann Cole", "ACCUSED", "Mark Tully") in got and ("Ann Cole", "ACCUSED", "Ed Lane") not in got
    assert ("Ivo Maric", "ACCUSED", "State Department") in got  # words, not a military attack
    assert not [f for f in got if f[1] == "ATTACKED"]
    assert not [f for f in got if f[0] == "Russia"]  # a private lawyer does not act for the state
    assert not [f for f in got if f[1] == "THREATENED" and f[2] == "Canada"]
    assert not [f for f in got if "APEC" in (f[0], f[2])]  # the forum, not a party to a meeting


def test_the_object_of_tell_or_invite_does_what_follows(extract_text):
    facts, _ = extract_text(
        "President Ivo Maric told his foreign minister to stop trying to negotiate with Norway. "
        "Chancellor Otto Weiss invited Prime Minister Lea Sorel to visit Berlin."
    )
    got = triples(facts)
    assert not [f for f in got if f[0] == "Ivo Maric" and f[1] == "NEGOTIATED_WITH"]
    assert ("Lea Sorel", "VISITED", "Germany") in got
    assert not any(h == "Otto Weiss" and tl == "Germany" for h, t, tl in got)


def test_a_wished_attack_is_none(extract_text):
    facts, _ = extract_text("Chancellor Otto Weiss wants Norway to attack Sweden. "
                            "Weiss said that Norway attacked Finland.")
    got = triples(facts)
    assert ("Norway", "ATTACKED", "Sweden") not in got
    assert ("Norway", "ATTACKED", "Finland") in got  # a reported attack still counts


def test_possessive_party_named_beside_it(extract_text):
    facts, _ = extract_text("In the spring vote, Hugo Marquez's political party, the Harbour Party won nine seats.")
    assert ("Hugo Marquez", "MEMBER_OF", "Harbour Party") in triples(facts)
    facts, _ = extract_text("Tomas Grieve's party, the Harbour Party and the Forest Party all lost seats.")
    assert ("Tomas Grieve", "MEMBER_OF", "Forest Party") not in triples(facts)


def test_long_list_after_a_plural_title_keeps_names_with_particles(extract_text):
    facts, _ = extract_text(
        "Since 1990, Peru has had four presidents: Alma Ruiz Quispe, Jorge Vidal del Campo, Marta Soler Ibarra "
        "and Luis Arce Mendez."
    )
    got = triples(facts)
    for person in ("Alma Ruiz Quispe", "Jorge Vidal del Campo", "Marta Soler Ibarra", "Luis Arce Mendez"):
        assert (person, "HOLDS_ROLE", "Peru") in got, person


def test_became_a_hyphenated_title(extract_text):
    facts, _ = extract_text("Dieter Almsick became Vice-Chancellor of Austria in 2011.")
    assert ("Dieter Almsick", "HOLDS_ROLE", "Austria", {"role": "vice chancellor"}) in facts
    facts, _ = extract_text("What this is really about, believes Mr Harlan, is the Tories spotting a chance.")
    assert not any(t == "Conservative Party" for _, _, t in triples(facts))


def test_surnames_that_are_titles(extract_text):
    facts, _ = extract_text("Republican Representative Walter King said the bill would fail.")
    assert ("Walter King", "MEMBER_OF", "Republican Party") in triples(facts)
    facts, result = extract_text("The Saudi King met the Jordanian King in Amman.")
    assert not any(e.type == "Person" for e in result.entities)


def test_founders_of_parties_and_companies(extract_text):
    facts, _ = extract_text("Halvor Brekke, who founded the Coastal Party in 1990, said he was proud.")
    got = triples(facts)
    assert ("Halvor Brekke", "HOLDS_ROLE", "Coastal Party") in got and ("Halvor Brekke", "MEMBER_OF", "Coastal Party") in got
    facts, _ = extract_text("The Fjord Repertory Theater was founded in 1977 by Leigh Amundsen.")
    assert ("Leigh Amundsen", "HOLDS_ROLE", "Fjord Repertory Theater") in triples(facts)
    facts, _ = extract_text("The Polder Party was launched by Piet Marsman in May.")
    assert ("Piet Marsman", "MEMBER_OF", "Polder Party") in triples(facts)
    # a state body one "created" or "established", and a party one only plans to launch
    facts, _ = extract_text("President Ana Lopes established the Border Protection Agency in 2012.")
    assert not any(h == "Ana Lopes" and t == "Border Protection Agency" for h, _, t in triples(facts))
    facts, _ = extract_text("Piet Marsman plans to launch the Polder Party next year.")
    assert not any(h == "Piet Marsman" for h, _, _ in triples(facts))


def test_hyphenated_party_names_stay_whole(extract_text):
    facts, result = extract_text("Rosa Lind and Ivo Marek were members of the Democratic-Republican Party.")
    got = triples(facts)
    assert ("Rosa Lind", "MEMBER_OF", "Democratic-Republican Party") in got
    assert not any(t in ("Democratic Party", "Republican Party") for _, _, t in got)
    _, result = extract_text("The Republican-controlled Senate passed the bill.")
    assert "Republican Party" in {e.name for e in result.entities}


def test_people_of_parties_the_tagger_missed(extract_text):
    facts, _ = extract_text(
        "Manuel Ortiz of the Liberal Party won, with Porfirio Pepe Lobo of the National Party coming in second."
    )
    assert ("Porfirio Pepe Lobo", "MEMBER_OF", "National Party") in triples(facts)
    facts, result = extract_text("The head of the island government is currently the Hon. Marco Velasquez of the "
                                 "Sandbar Socialist Labour Party (SSLP) who has been in office since 2011.")
    assert ("Marco Velasquez", "MEMBER_OF", "Sandbar Socialist Labour Party") in triples(facts)
    assert "Hon" not in {e.name for e in result.entities}
    facts, result = extract_text("The Youth Wing of the Labour Party protested.")
    assert not any(e.type == "Person" for e in result.entities)


def test_party_of_a_person_is_the_party_they_lead(extract_text):
    facts, _ = extract_text("Voters in the north backed the Forest Party of Jonas Berg.")
    assert ("Jonas Berg", "MEMBER_OF", "Forest Party", {"role": "leader"}) in facts
    facts, _ = extract_text("Voters backed the Forest Party of Jonas Berg's old rival, Ana Lind.")
    assert ("Jonas Berg", "MEMBER_OF", "Forest Party") not in triples(facts)
    facts, _ = extract_text("The gap was narrow, as proved by the defection to Labour of Robert Jenkins last week.")
    assert ("Robert Jenkins", "MEMBER_OF", "Labour Party", {"role": "leader"}) not in facts


def test_leader_of_several_of_the_parties_listed_after(extract_text):
    facts, _ = extract_text("Olav Brenne was the leader of two of the parties, the Fjord Party and the Coast Party.")
    got = triples(facts)
    assert ("Olav Brenne", "HOLDS_ROLE", "Fjord Party") in got and ("Olav Brenne", "HOLDS_ROLE", "Coast Party") in got


def test_two_people_of_one_organisation_and_its_owner(extract_text):
    facts, _ = extract_text(
        "Maria Lopez and Tomas Berg of the Forest Institute wrote the report, said Eva Holm of the Harbour Party."
    )
    got = triples(facts)
    assert ("Maria Lopez", "MEMBER_OF", "Forest Institute") in got and ("Tomas Berg", "MEMBER_OF", "Forest Institute") in got
    assert ("Maria Lopez", "MEMBER_OF", "Harbour Party") not in got and ("Tomas Berg", "MEMBER_OF", "Harbour Party") not in got
    facts, _ = extract_text("Paul Ramsey of Lakeview University's Muir Institute said the trees were dying.")
    got = triples(facts)
    assert ("Paul Ramsey", "MEMBER_OF", "Lakeview University") in got


def test_fronted_description_and_a_title_joined_to_an_object(extract_text):
    facts, _ = extract_text("A Lakeview University law professor, Karen Wendt helped draft the appeal.")
    assert ("Karen Wendt", "HOLDS_ROLE", "Lakeview University") in triples(facts)
    facts, _ = extract_text("An hour later, Olga Brand spoke to the Harbour Institute.")
    assert not any(h == "Olga Brand" for h, _, _ in triples(facts))
    facts, _ = extract_text(
        "\"It is a problem,\" said Ernest Hale, a national spokesman for reform and president of the Marsh "
        "Foundation, which has written reports."
    )
    assert ("Ernest Hale", "HOLDS_ROLE", "Marsh Foundation") in triples(facts)
    facts, _ = extract_text("Olga Brand, an adviser to the president and prime minister of Latvia, spoke.")
    assert ("Olga Brand", "HOLDS_ROLE", "Latvia") not in triples(facts)


def test_a_council_tagged_as_a_place_is_an_organisation(extract_text):
    facts, result = extract_text("John Rayburn, a member of the District of Columbia Council, raised money. "
                                 "He once lived in the Soviet Union.")
    assert ("John Rayburn", "MEMBER_OF", "District of Columbia Council") in triples(facts)
    assert {e.type for e in result.entities if e.name == "Soviet Union"} <= {"Location", "Country"}


def test_subject_pronouns_in_the_role_rules(extract_text):
    facts, _ = extract_text("Karl Osten was a well-known actor. He was elected to the Provincial Assembly in 2008.")
    assert ("Karl Osten", "MEMBER_OF", "Provincial Assembly") in triples(facts)
    facts, _ = extract_text("The Dawn Party was formed by Piet Marsman after he quit the Harbour Party.")
    got = triples(facts)
    assert ("Piet Marsman", "MEMBER_OF", "Harbour Party") in got and ("Piet Marsman", "MEMBER_OF", "Dawn Party") in got
    # two people before the pronoun, a speaker quoting someone else, or a school named like a person: no one
    facts, _ = extract_text("Karl Osten was a well-known actor. Ana Lopes joined the attack on Tomas Berg, saying "
                            "\"I do not believe he can serve in the Provincial Assembly.\"")
    assert not any(t == "Provincial Assembly" and r == "MEMBER_OF" for _, r, t in triples(facts))
    facts, _ = extract_text("Ana Lopes said: \"He will serve in the Harbour Institute,\" and left.")
    assert not any(t == "Harbour Institute" for _, _, t in triples(facts))


def test_titles_said_of_a_subject_pronoun(extract_text):
    facts, _ = extract_text("Karl Osten was a well-known actor. He became leader of the Harbour Party in 2009.")
    assert ("Karl Osten", "HOLDS_ROLE", "Harbour Party") in triples(facts)
    # someone else named since, a 'Mrs' for 'he', a condition: no one
    facts, _ = extract_text("Karl Osten was a well-known actor. Osten hired Tomas Berg. "
                            "He became leader of the Harbour Party in 2009.")
    assert not any(t == "Harbour Party" and r == "HOLDS_ROLE" for _, r, t in triples(facts))
    facts, _ = extract_text("Mrs Anna Vale was riding high. He became leader of the Harbour Party in 2009.")
    assert not any(t == "Harbour Party" for _, _, t in triples(facts))
    facts, _ = extract_text("Karl Osten was a well-known actor. If he becomes leader of the Harbour Party, "
                            "the party will split.")
    assert not any(t == "Harbour Party" and r == "HOLDS_ROLE" for _, r, t in triples(facts))


def test_a_private_title_with_a_country_word_is_no_office(extract_text):
    facts, _ = extract_text("Steven Marsh, a Washington lawyer, criticised the ruling.")
    assert ("Steven Marsh", "HOLDS_ROLE", "United States") not in triples(facts)
    facts, _ = extract_text("Doug Fenner, a former U.S. attorney, won the race.")
    assert ("Doug Fenner", "HOLDS_ROLE", "United States") in triples(facts)


def test_owners_of_companies(extract_text):
    facts, _ = extract_text("Harriet Kohl, who owns the Lakeside Savings Bank, said so.")
    assert ("Harriet Kohl", "HOLDS_ROLE", "Lakeside Savings Bank", {"role": "owner"}) in facts
    facts, _ = extract_text("Harriet Kohl does not own the Lakeside Savings Bank, Omar Lind said.")
    assert not any(h == "Harriet Kohl" for h, _, _ in triples(facts))


def test_joining_any_organisation_and_subcommittees(extract_text):
    facts, _ = extract_text("Debora Plunkett, a veteran of the border agency who joined the Belfer Center this year, "
                            "said so.")
    assert ("Debora Plunkett", "MEMBER_OF", "Belfer Center") in triples(facts)
    facts, _ = extract_text("Marta Soler, who will join the Lakeside Runners Club in the finals, won.")
    assert ("Marta Soler", "MEMBER_OF", "Lakeside Runners Club") not in triples(facts)
    facts, _ = extract_text("Karl Osten joined the Harbour Party in voting against the bill.")
    assert ("Karl Osten", "MEMBER_OF", "Harbour Party") not in triples(facts)
    facts, _ = extract_text("Blaine Luetkemeyer, head of the House Financial Services Subcommittee, asked them "
                            "to stop.")
    assert ("Blaine Luetkemeyer", "HOLDS_ROLE", "House Financial Services Subcommittee") in triples(facts)


def test_a_call_for_sanctions_condemns_their_target(extract_text):
    facts, _ = extract_text(
        "Senator Tomas Reyes on Sunday called for sanctions against Peru. "
        "Senator Ann Cole urged the European Union to impose an arms embargo on Venezuela's army. "
        "Norway's call for sanctions on Chile was ignored. "
        "Sweden called for lifting sanctions on Cuba. Denmark did not call for sanctions against Laos."
    )
    got = triples(facts)
    assert {("Tomas Reyes", "ACCUSED", "Peru"), ("Ann Cole", "ACCUSED", "Venezuela"),
            ("Norway", "ACCUSED", "Chile")} <= got
    assert not [f for f in got if f[1] == "THREATENED"]  # the caller announces no step of its own
    assert not [f for f in got if f[2] in ("Cuba", "Laos", "European Union")]


def test_a_distant_by_phrase_is_the_agent_of_a_passive_accusation(extract_text):
    facts, _ = extract_text(
        "Former president Marta Velez has been accused of misusing public funds, much of it believed to "
        "have been stolen, by current Peruvian government officials. "
        "Senator Ann Cole said Mayor Tom Hale was accused of fraud, by all accounts."
    )
    got = triples(facts)
    assert ("Peru", "ACCUSED", "Marta Velez") in got
    assert not [f for f in got if f[2] == "Tom Hale"]  # "by all accounts" names no one


def test_the_other_side_of_a_hostile_noun_hung_on_its_verb(extract_text):
    facts, _ = extract_text(
        "The United States issued an ultimatum to Syria. Norway gave Chile a final warning. "
        "Jill Harth filed a lawsuit in 1997 against Senator Tom Hale. "
        "Senator Ann Cole took her complaint to the European Court of Justice. "
        "Denmark did not issue a warning to Laos."
    )
    got = triples(facts)
    assert {("United States", "THREATENED", "Syria"), ("Norway", "THREATENED", "Chile"),
            ("Jill Harth", "ACCUSED", "Tom Hale")} <= got
    assert not [f for f in got if f[2] in ("European Court of Justice", "Laos")]


def test_refusing_to_tolerate_what_an_actor_does_is_a_threat(extract_text):
    facts, _ = extract_text(
        "Norway will no longer tolerate attacks by Hamas. "
        "Interior Minister Ali Hassan said police would not tolerate protests by the Green Youth Movement. "
        "Senator Ann Cole said Chile won't tolerate Peruvian incursions. "
        "Sweden tolerated criticism from Denmark. Finland would tolerate attacks by Estonia."
    )
    got = triples(facts)
    assert {("Norway", "THREATENED", "Hamas"), ("Ali Hassan", "THREATENED", "Green Youth Movement"),
            ("Chile", "THREATENED", "Peru")} <= got
    assert ("Ann Cole", "THREATENED", "Peru") not in got  # she reports Chile's stance
    assert not [f for f in got if f[2] in ("Denmark", "Estonia")]


def test_an_actor_after_not_is_no_argument(extract_text):
    facts, _ = extract_text(
        "President Ivo Maric condemned Syria and Venezuela but not Turkey and Iran. "
        "Chancellor Otto Weiss made clear he blamed his predecessors, not Norway, for the deficit. "
        "Weiss condemned Chile, Peru and Cuba."
    )
    got = triples(facts)
    assert {("Ivo Maric", "ACCUSED", "Syria"), ("Ivo Maric", "ACCUSED", "Venezuela"),
            ("Otto Weiss", "ACCUSED", "Cuba")} <= got
    assert not [f for f in got if f[2] in ("Turkey", "Iran", "Norway")]


def test_a_name_in_a_phrase_before_the_verb_is_not_a_listed_subject(extract_text):
    facts, _ = extract_text(
        "In an interview with Dana Ruiz on Fox News late Thursday, President Ivo Maric attacked the State Department. "
        "Azmat Koval, father of Moazzam Koval, thanked the British people for their support."
    )
    got = triples(facts)
    assert ("Ivo Maric", "ACCUSED", "State Department") in got
    assert not [f for f in got if f[0] in ("Dana Ruiz", "Moazzam Koval") and f[1] in ("ACCUSED", "PRAISED")]


def test_a_phrase_before_the_verb_is_no_target(extract_text):
    facts, _ = extract_text("On Radio Norland, Senator Ann Cole criticized Mark Tully.")
    got = triples(facts)
    assert ("Ann Cole", "ACCUSED", "Mark Tully") in got
    assert not [f for f in got if f[2] == "Radio Norland" or f[0] == "Radio Norland"]


def test_no_one_threatens_their_own_state(extract_text):
    facts, _ = extract_text("Norwegian President Ivo Maric threatened to withdraw Norway from the treaty. "
                            "Maric threatened to break off relations with Sweden.")
    got = triples(facts)
    assert ("Ivo Maric", "THREATENED", "Norway") not in got
    assert ("Ivo Maric", "THREATENED", "Sweden") in got


def test_being_a_threat_is_no_threat(extract_text):
    facts, _ = extract_text(
        "Senator Ann Cole said Mark Tully posed a threat to the Forest Party. Iran is a threat to Israel. "
        "Norway sees Chile as a threat to Peru. Cuba issued a threat to Mexico."
    )
    got = triples(facts)
    assert ("Cuba", "THREATENED", "Mexico") in got
    assert [f for f in got if f[1] == "THREATENED"] == [("Cuba", "THREATENED", "Mexico")]


def test_a_warning_about_a_third_party_or_a_thing_is_advice_not_a_threat(extract_text):
    facts, _ = extract_text(
        "Attorney General Peter Lind warned Prime Minister Tom Hale that the war could be illegal. "
        "Senator Ann Cole warned Governor Mark Tully that Dana Ruiz was a security risk. "
        "Norway warned Sweden that sanctions would follow. "
        "Chile warned Peru that Chilean troops would respond. "
        "Cuba warned Mexico that its army was no match for Cuba's. "
        "Ambassador Lena Berg of Latvia warned Lisbon that any sale of jets would make Portugal a party to the war."
    )
    got = triples(facts)
    assert {("Norway", "THREATENED", "Sweden"), ("Chile", "THREATENED", "Peru"),
            ("Cuba", "THREATENED", "Mexico"), ("Lena Berg", "THREATENED", "Portugal")} <= got
    assert not [f for f in got if f[2] in ("Tom Hale", "Mark Tully") and f[1] == "THREATENED"]


def test_who_faces_or_draws_criticism_from_someone_is_its_target(extract_text):
    facts, _ = extract_text(
        "President Ivo Maric on Wednesday shared the videos, drawing condemnation from Britain. "
        "Norway faced criticism from Sweden over its fishing policy. "
        "Senator Ann Cole came under attack from Governor Mark Tully. "
        "Chile drew criticism of its policy toward Peru. Maric faced accusations from several women."
    )
    got = triples(facts)
    assert {("United Kingdom", "ACCUSED", "Ivo Maric"), ("Sweden", "ACCUSED", "Norway"),
            ("Mark Tully", "ACCUSED", "Ann Cole")} <= got
    assert not [f for f in got if f[0] in ("Ivo Maric", "Norway", "Chile", "Ann Cole")
                and f[1] in ("ACCUSED", "THREATENED", "ATTACKED")]


def test_a_countrys_media_or_companies_are_not_its_state(extract_text):
    facts, _ = extract_text(
        "Senator Ann Cole criticised British TV for being too safe. "
        "President Ivo Maric often criticizes mainstream U.S. media. "
        "Norway condemned Russian air raids. Chile condemned Peruvian companies."
    )
    got = triples(facts)
    assert ("Norway", "ACCUSED", "Russia") in got
    assert not [f for f in got if f[2] in ("United Kingdom", "United States", "Peru")]


def test_the_target_of_a_threatened_measure(extract_text):
    facts, _ = extract_text(
        "Russia threatened retaliation against Norway. Turkey threatened military action against Syria. "
        "President Ivo Maric threatened tariffs on Chilean goods. Maric threatened a veto in the Senate."
    )
    got = triples(facts)
    assert {("Russia", "THREATENED", "Norway"), ("Turkey", "THREATENED", "Syria"),
            ("Ivo Maric", "THREATENED", "Chile")} <= got
    assert not [f for f in got if f[1] == "THREATENED" and "Senate" in f[2]]


def test_phrasal_criticism_verbs(extract_text):
    facts, _ = extract_text(
        "Senator Ann Cole hit out at Governor Mark Tully. Chile lashed out at Peru over the border. "
        "The storm hit Norway. Sweden's missiles hit Finland."
    )
    got = triples(facts)
    assert {("Ann Cole", "ACCUSED", "Mark Tully"), ("Chile", "ACCUSED", "Peru")} <= got
    assert not [f for f in got if f[2] in ("Norway", "Finland") and f[1] == "ACCUSED"]


def test_where_a_threatened_move_goes_is_no_target(extract_text):
    facts, _ = extract_text("Siemens threatened to take the factory and its jobs to Hungary. "
                            "Russia threatened to cut off gas to Ukraine.")
    got = triples(facts)
    assert ("Russia", "THREATENED", "Ukraine") in got
    assert not [f for f in got if f[2] == "Hungary"]


def test_a_partner_hung_on_the_topic_of_talks(extract_text):
    facts, _ = extract_text(
        "Irish Foreign Minister Aoife Brennan discussed the fishing quotas with Icelandic Foreign Minister "
        "Gunnar Thorsson on Friday. Brennan also discussed the trade deal with Chile.")
    got = triples(facts)
    assert ("Aoife Brennan", "MET_WITH", "Gunnar Thorsson") in got or ("Gunnar Thorsson", "MET_WITH", "Aoife Brennan") in got
    # "the trade deal with Chile" may be the topic itself: no meeting with Chile
    assert not [f for f in got if f[1] == "MET_WITH" and "Chile" in (f[0], f[2])]


def test_visit_ahead_of_is_planned_and_no_visit_to_ones_own_country(extract_text):
    facts, _ = extract_text(
        "State media praised the alliance on Wednesday ahead of U.S. President Mark Hollis's visit to Beijing. "
        "When U.S. Senator Dale Jones arrives in Washington, the majority will narrow. "
        "U.S. Senator Dale Jones visited France last week."
    )
    visits = {(h, tl, p["status"]) for h, t, tl, p in facts if t == "VISITED"}
    assert ("Mark Hollis", "China", "planned") in visits
    assert ("Dale Jones", "France", "held") in visits
    assert not [v for v in visits if v[1] == "United States" or v[2] == "held" and v[0] == "Mark Hollis"]


def test_gerund_after_a_preposition_takes_the_clause_subject(extract_text):
    facts, _ = extract_text(
        "Karl Weiss issued a statement after meeting with Anne Roux on Tuesday. "
        "Jan Novak left Paris without meeting Lena Berg. Piet Smit spoke to reporters before meeting with Maria Keller."
    )
    got = triples(facts)
    assert ("Karl Weiss", "MET_WITH", "Anne Roux") in got
    assert ("Piet Smit", "MET_WITH", "Maria Keller") in got
    assert not [f for f in got if f[1] == "MET_WITH" and "Lena Berg" in f]


def test_people_who_discuss_something_discuss_it_with_each_other(extract_text):
    facts, _ = extract_text(
        "Karl Weiss and Anne Roux discussed economic sanctions on Monday. "
        "Finland, Estonia and Poland are among countries that have discussed Russian meddling. "
        "Jan Novak and Lena Berg have both discussed the plan."
    )
    got = triples(facts)
    assert ("Karl Weiss", "MET_WITH", "Anne Roux") in got
    assert not [f for f in got if f[1] == "MET_WITH" and f[0] in ("Finland", "Estonia", "Jan Novak")]


def test_headline_infinitive_is_planned_and_those_who_cancel_are_one_side(extract_text):
    facts, _ = extract_text(
        "Karl Weiss, Anne Roux to discuss trade on Tuesday\n\n"
        "Jan Novak and Lena Berg said they pulled out of the meeting because of a tweet. "
        "Since arriving at the World Bank, Piet Smit has frozen hiring."
    )
    meetings = {(h, tl, p["status"]) for h, t, tl, p in facts if t == "MET_WITH"}
    assert ("Karl Weiss", "Anne Roux", "planned") in meetings or ("Anne Roux", "Karl Weiss", "planned") in meetings
    assert not [m for m in meetings if m[2] == "held" or "Jan Novak" in m or "Piet Smit" in m]


def test_a_name_at_the_end_of_a_title_has_no_line_break(extract_text):
    # the NER took the paragraph break after the title into the name ("FTRB\n\n") before a dateline
    _, result = extract_text("LIMA (Reuters) - President Ana Ruiz named Tomas Vidal to lead the agency on Friday.",
                             title="Ruiz picks budget chief to run FTRB")
    names = [e.name for e in result.entities]
    assert "FTRB" in names
    assert all(n == n.strip() for n in names), names


def test_counsel_titles_and_staff_served_as(extract_text):
    facts, _ = extract_text(
        "Ministry of Justice general counsel Rita Mole signed the memo. "
        "Paulo Brandt served in the Senate as senior counsel to Senator Ana Lutz.")
    got = {(h, t, tl, p.get("role", "")) for h, t, tl, p in facts}
    assert ("Rita Mole", "HOLDS_ROLE", "Ministry of Justice", "general counsel") in got
    # a staffer of the chamber is recorded with the title he served as, not as a member (a senator)
    assert any(h == "Paulo Brandt" and tl.endswith("Senate") and r == "counsel" for h, t, tl, r in got)
    assert not any(h == "Paulo Brandt" and r == "member" for h, t, tl, r in got)


def test_a_list_element_with_words_of_its_own_inherits_no_modifier(extract_text):
    facts, _ = extract_text("Dorn said Kremlin adviser Oleg Marin and campaign lawyer Ian Platt would draft the plan. "
                            "Kremlin adviser Oleg Marin and senior aide Ian Platt flew home.")
    got = triples(facts)
    assert ("Oleg Marin", "ADVISER_TO", "Kremlin") in got
    # "campaign" is Platt's own modifier in the first sentence; "senior" is none in the second
    assert [f for f in facts if f[0] == "Ian Platt" and f[2] == "Kremlin"] and all(
        "senior" in f[3].get("role", "") for f in facts if f[0] == "Ian Platt" and f[2] == "Kremlin")


def test_no_target_among_the_sources_own_state_or_topic(extract_text):
    facts, _ = extract_text(
        "Both Culture Secretary Anna Kerr and Deputy Prime Minister Tom Reed have welcomed his return. "
        "Karl Weiss threatened to withdraw the United States from the trade pact. "
        "The chancellor Piet Smit opposes the further encroachment of the market into the NHS. "
        "Lena Berg praised Jan Novak on Monday. Marta Gil threatened to impose tariffs on China."
    )
    got = triples(facts)
    assert ("Lena Berg", "PRAISED", "Jan Novak") in got
    assert ("Marta Gil", "THREATENED", "China") in got
    assert not [f for f in got if f[0] in ("Tom Reed", "Anna Kerr", "Karl Weiss", "Piet Smit")
                and f[1] in ("PRAISED", "THREATENED", "REJECTED")]


def test_warning_a_politician_not_to_do_something_is_advice(extract_text):
    facts, _ = extract_text(
        "President Karl Weiss had warned Jan Novak not to hire Piet Smit. "
        "Germany warned Poland not to send troops to the border. "
        "Lena Berg warned Marta Gil that she would sue her."
    )
    got = triples(facts)
    assert ("Germany", "THREATENED", "Poland") in got
    assert ("Karl Weiss", "THREATENED", "Jan Novak") not in got


def test_meeting_partners_named_in_less_direct_ways(extract_text):
    facts, _ = extract_text(
        "Iranian President Hamid Rezaei met with visiting Turkish Prime Minister Kemal Aydin on Monday. "
        "Russia hosted a delegation from Hamas in Moscow. "
        "Iran and the European Union began a new round of negotiations in Vienna."
    )
    got = triples(facts)
    assert ("Hamid Rezaei", "MET_WITH", "Kemal Aydin") in got
    assert ("Russia", "MET_WITH", "Hamas") in got
    assert ("Iran", "NEGOTIATED_WITH", "European Union") in got


def test_meeting_asked_about_or_conditional_is_no_meeting(extract_text):
    facts, _ = extract_text(
        "Reporters asked whether Senator Ana Lopez had met with Piet Smit in Geneva. "
        "Family members of Japanese sailors held by pirates met Lena Berg on Monday."
    )
    got = triples(facts)
    assert not [f for f in got if f[1] == "MET_WITH" and "Piet Smit" in (f[0], f[2])]
    assert not [f for f in got if f[1] == "MET_WITH" and "Japan" in (f[0], f[2])]


def test_capacity_named_with_as_or_a_copula(extract_text):
    facts, _ = extract_text(
        "Helga Moen campaigned in the 1991 and 1995 provincial elections as a Coastal Alliance Party candidate. "
        "Jonas Lindqvist was re-elected in 2003 as a member of the Agrarian Union Party. "
        "Lise Dahl was the candidate in Westford North for the Green Party of Valdoria in 2004. "
        "Marek Holm has been MP for Westford since 1997. "
        "The president nominated Anna Berg to become a member of the Central Bank Board of Governors."
    )
    got = {(h, t, tl, p.get("role")) for h, t, tl, p in facts}
    assert ("Helga Moen", "MEMBER_OF", "Coastal Alliance Party", "candidate") in got
    assert ("Jonas Lindqvist", "MEMBER_OF", "Agrarian Union Party", "member") in got
    assert ("Lise Dahl", "MEMBER_OF", "Green Party of Valdoria", "candidate") in got
    assert not [f for f in got if f[0] == "Marek Holm" and f[1] == "MEMBER_OF"]  # a constituency is no body
    assert not [f for f in got if f[0] == "Anna Berg" and f[1] == "MEMBER_OF"]  # nominated: not yet a member


def test_titles_after_as_and_possessives_that_describe_someone_else(extract_text):
    facts, _ = extract_text(
        "In 2009 Nikos Varga was sworn in as Prime Minister of Greece. "
        "Anna Berg served as Minister of Finance of Sweden. "
        "Senator Tom Hale criticised Berg's Democratic opponent on Monday. "
        "President Ana Ruiz appointed Piet Smit as acting director of the Consumer Safety Bureau. "
        "Marta Gil has portrayed him as a liberal Democrat. "
        "Lena Holm, a friend of the Tory leader, spoke to reporters."
    )
    got = triples(facts)
    assert ("Nikos Varga", "HOLDS_ROLE", "Greece") in got
    assert ("Anna Berg", "HOLDS_ROLE", "Sweden") in got
    assert not [f for f in got if f[0] in ("Anna Berg", "Ana Ruiz", "Marta Gil", "Lena Holm")
                and f[1] in ("MEMBER_OF", "HOLDS_ROLE") and f[2] != "Sweden"]


def test_fellow_party_member_keeps_the_party(extract_text):
    facts, _ = extract_text("Said Jan Novak, Karl Weiss's fellow Republican senator from Ohio.")
    assert ("Karl Weiss", "MEMBER_OF", "Republican Party") in triples(facts)


def test_working_with_a_party_and_names_that_describe_a_noun_make_no_member(extract_text):
    facts, _ = extract_text(
        "Senator Tom Hale said he hoped to work with Democrats in Congress on a spending plan. "
        "Lib Dem Home Affairs spokesman Piet Smit said the plan was unworkable. "
        "House Democrat calls GOP Novak probe a distraction."
    )
    got = triples(facts)
    assert ("Tom Hale", "MEMBER_OF", "Democratic Party") not in got
    assert not [f for f in got if f[1] == "MEMBER_OF" and f[0] in ("Home Affairs", "Novak")]


def test_dateline_country_is_not_given_to_someone_who_holds_office_elsewhere(extract_text):
    facts, _ = extract_text(
        "BEIJING (Reuters) - Brazilian President Ana Ruiz arrived in Beijing on Monday for a state visit. "
        "President Ruiz said trade would top the agenda.\n\n"
        "Prime Minister Li Wen is expected to host a banquet."
    )
    got = triples(facts)
    assert ("Ana Ruiz", "HOLDS_ROLE", "Brazil") in got
    assert ("Ana Ruiz", "HOLDS_ROLE", "China") not in got
    assert ("Li Wen", "HOLDS_ROLE", "China") in got


def test_his_or_her_party_is_the_one_named_persons_party(extract_text):
    facts, _ = extract_text(
        "Anna Berg said her Green Party would vote against the bill. "
        "Marta Gil praised Tom Hale and his Labour Party. "
        "The candidacy of Piet Smit was supported by his party, the Democrats of the Left."
    )
    got = triples(facts)
    assert ("Anna Berg", "MEMBER_OF", "Green Party") in got
    assert not [f for f in got if f[1] == "MEMBER_OF" and f[0] in ("Marta Gil", "Tom Hale")]  # two people: whose?
    assert ("Piet Smit", "MEMBER_OF", "Democrats of the Left") in got
    assert not [f for f in got if f[2] == "Democratic Party"]  # not the US Democrats


def test_lexicon_organisation_keeps_the_words_the_article_used(extract_text):
    _, result = extract_text("German Foreign Ministry spokesman Karl Weiss said the Tories had lost.")
    aliases = {e.name: e.aliases for e in result.entities}
    assert "German Foreign Ministry" in aliases["German Foreign Office"]
    assert "Tories" in aliases["Conservative Party"]


def test_skipped_meeting_and_a_seat_of_power_as_venue(extract_text):
    facts, _ = extract_text(
        "Senators Tom Hale and Lena Berg skipped a meeting with President Ana Ruiz on Tuesday. "
        "In a White House meeting with Prime Minister Kemal Aydin, Vice President Piet Smit voiced concern."
    )
    statuses = {(h, tl): p.get("status") for h, t, tl, p in facts if t == "MET_WITH"}
    assert statuses.get(("Tom Hale", "Ana Ruiz")) == "cancelled"
    assert ("Piet Smit", "Kemal Aydin") in statuses
    assert not [pair for pair in statuses if "White House" in pair]


def test_people_misled_about_a_conversation_or_naming_whose_adviser_met_no_one(extract_text):
    facts, _ = extract_text(
        "Jan Novak was fired after he had discussed sanctions with Kemal Aydin and misled Vice President "
        "Lena Berg about the conversations. "
        "Former Ruiz adviser Smit met Turkish officials in Ankara. "
        "Senator Tom Hale told President Ana Ruiz in a phone call on Friday that he would vote for the bill."
    )
    meetings = {frozenset((h, tl)) for h, t, tl, _ in facts if t == "MET_WITH"}
    assert frozenset(("Jan Novak", "Lena Berg")) not in meetings
    assert not [m for m in meetings if "Ruiz" in m and "Turkey" in m]
    assert frozenset(("Tom Hale", "Ana Ruiz")) in meetings


def test_leaving_a_place_for_a_trip_is_no_meeting_with_it(extract_text):
    facts, _ = extract_text("President Ana Ruiz spoke to reporters as she left the Kremlin for the Geneva trip.")
    assert not [f for f in facts if f[1] == "MET_WITH" and f[2] == "Kremlin"]


def test_negated_party_and_a_party_that_titles_the_next_person(extract_text):
    facts, _ = extract_text(
        "Tom Hale is the only non-Republican senator from Utah. "
        "Reale ran against Liberal Party incumbent Ana Ruiz, the New Democratic Party candidate Piet Smit, "
        "the Green Party candidate Lena Berg, and the Progressive Party candidate Jan Novak."
    )
    got = triples(facts)
    assert not [f for f in got if f[0] == "Tom Hale" and f[1] == "MEMBER_OF"]
    assert ("Lena Berg", "MEMBER_OF", "Green Party") in got
    assert ("Piet Smit", "MEMBER_OF", "Green Party") not in got


def test_board_of_directors_is_the_named_organisations_board(extract_text):
    facts, _ = extract_text("Lena Berg is a member of the Board of Directors of the National Wildlife Federation.")
    got = triples(facts)
    assert ("Lena Berg", "MEMBER_OF", "National Wildlife Federation") in got
    assert not [f for f in got if f[2] == "Board of Directors"]


def test_a_party_led_by_people_in_apposition_to_its_name(extract_text):
    facts, _ = extract_text(
        "The Agrarian Union Party, a small centrist party led by Jonas Lindqvist and Lena Berg, joined the coalition."
    )
    got = triples(facts)
    assert ("Jonas Lindqvist", "HOLDS_ROLE", "Agrarian Union Party") in got
    assert ("Lena Berg", "HOLDS_ROLE", "Agrarian Union Party") in got


def test_party_name_in_its_own_language_in_brackets_is_the_same_party(extract_text):
    _, result = extract_text("Ana Ruiz of the Liberal Party of Honduras (Partido Liberal de Honduras: PLH) won the "
                             "vote, and the PLH celebrated.")
    organisations = [e for e in result.entities if e.type == "Organization"]
    assert len(organisations) == 1, [(e.name, e.aliases) for e in organisations]
    assert {"Partido Liberal de Honduras", "PLH"} <= organisations[0].aliases


def test_predecessor_held_the_title_before(extract_text):
    facts, _ = extract_text("Tomas Grell succeeded Margaret Hale as President of Chile, and Ivo Marek replaced "
                            "Sara Lind as chair of the Forest Party in 2010.")
    roles: dict[tuple[str, str], set[str]] = {}
    for h, t, tl, p in facts:
        if t == "HOLDS_ROLE":
            roles.setdefault((h, tl), set()).add(p.get("role"))
    assert roles[("Tomas Grell", "Chile")] == {"president"}
    assert roles[("Margaret Hale", "Chile")] == {"former president"}  # not the current one
    assert roles[("Ivo Marek", "Forest Party")] == {"chair"}
    assert roles[("Sara Lind", "Forest Party")] == {"former chair"}


def test_former_offices_keep_their_relation_and_say_former(extract_text):
    facts, _ = extract_text("Former White House chief of staff Tom Beck and Marta Kolb, a former member of the "
                            "Forest Party, met former Democratic President Ann Roe.")
    roles = {(h, t, tl): p.get("role") for h, t, tl, p in facts}
    assert roles[("Tom Beck", "ADVISER_TO", "White House")] == "former chief of staff"
    assert roles[("Marta Kolb", "MEMBER_OF", "Forest Party")] == "former member"
    # "former" is the presidency's: she is still a Democrat
    assert not str(roles.get(("Ann Roe", "MEMBER_OF", "Democratic Party"), "")).startswith("former")
    assert ("Ann Roe", "MEMBER_OF", "Democratic Party") in roles


def test_a_participle_after_a_hyphen_is_no_part_of_a_name(extract_text):
    _, result = extract_text("The Hallgren-led coalition met Kim Dae-jung and a Putin-backed candidate.")
    people = {e.name for e in result.entities if e.type == "Person"}
    assert {"Hallgren", "Kim Dae-jung", "Vladimir Putin"} <= people or {"Hallgren", "Kim Dae-jung", "Putin"} <= people, people
    assert not any(name.endswith(("-led", "-backed")) for name in people), people


def test_lone_surnames_of_candidates_are_people(extract_text):
    _, result = extract_text("Samis was re-elected for the constituency of Cornwall in 1975. Reale ran against "
                             "Liberal incumbent Susan Kadis.")
    types = {e.name: e.type for e in result.entities}
    assert types.get("Samis") == "Person", types
    assert types.get("Reale") == "Person", types


def test_a_company_name_after_given_names_is_a_surname(extract_text):
    _, result = extract_text("Michael Bloomberg ran for mayor again. Bloomberg reported the result.")
    types = {(e.name, e.type) for e in result.entities}
    assert ("Michael Bloomberg", "Person") in types, types
    assert ("Bloomberg", "Organization") in types, types  # the news agency alone is still the agency


def test_a_name_in_apposition_with_a_title_is_a_person(extract_text):
    _, result = extract_text("Thabo Nkosi, the ANC's treasurer-general, met the press. Forza Italia, a member of "
                             "the European People's Party, won the vote.")
    types = {e.name: e.type for e in result.entities}
    assert types.get("Thabo Nkosi") == "Person", types
    assert types.get("Forza Italia") == "Organization", types  # a body can be a member


def test_lone_names_spoken_of_as_he_are_people(extract_text):
    _, result = extract_text("Adams previously held the seat from 1983 to 1992 when he lost it to Joe Hendron. "
                             "Prudence made an appearance late in the speech, as he assured voters of his plans. "
                             "Kurata was a leading figure in the Rikken Party. Estonia was a founding member of "
                             "the Council of the Baltic Sea States.")
    types = {e.name: e.type for e in result.entities}
    assert types.get("Adams") == "Person", types
    assert types.get("Kurata") == "Person", types
    assert types.get("Prudence") != "Person", types  # a word opening the sentence, another man's 'he'
    assert types.get("Estonia") == "Country", types  # a body can be a founding member


def test_a_title_after_a_body_is_no_name(extract_text):
    _, result = extract_text("From 1951 Bernard Montgomery served as NATO's Deputy Supreme Allied Commander Europe.")
    people = {e.name for e in result.entities if e.type == "Person"}
    assert people == {"Bernard Montgomery"}, people


def test_a_portfolio_after_a_title_is_no_organisation(extract_text):
    _, result = extract_text("Anneke Schuurman became State Secretary for Education in 2010, and Tom Vale became "
                             "chairman of Vitol.")
    orgs = {e.name for e in result.entities if e.type == "Organization"}
    assert "Education" not in orgs, orgs
    assert "Vitol" in orgs, orgs  # a company after a title is still one


def test_a_politicians_party_is_of_the_politicians_country(extract_text):
    _, norwegian = extract_text("Margit Halvorsen is a Norwegian politician for the Labour Party.")
    _, british = extract_text("Tom Vale is a British politician for the Labour Party.")
    _, other = extract_text("A Russian lawyer met Republican aides.")

    def keys(result, name):
        return {e.key for e in result.entities if e.name == name}
    assert keys(british, "Labour Party") == {"org:uk-labour"}
    assert keys(norwegian, "Labour Party") and "org:uk-labour" not in keys(norwegian, "Labour Party")
    assert "United Kingdom" not in {e.name for e in norwegian.entities}
    assert keys(other, "Republican Party") == {"org:us-republican-party"}  # a lawyer's nationality is no party's


def test_a_relative_clause_happened_whatever_the_clause_around_it(extract_text):
    facts, _ = extract_text("A judge denied a request for the lawyer Natalia Kova, who met with Tom Vale in 2016, "
                            "to return to the United States.")
    assert ("Natalia Kova", "MET_WITH", "Tom Vale") in triples(facts)


def test_an_elections_country_names_its_parties(extract_text):
    _, chile = extract_text("In the 1970 Chilean presidential election, Salvador Allende was confirmed by Congress "
                            "after the Christian Democrats agreed to back him.")
    _, georgia = extract_text("Republicans nominated Guy Millner for the 1994 Georgia gubernatorial election.")
    keys = {e.name: e.key for e in chile.entities}
    assert keys.get("Congress") != "org:us-congress" and "United States" not in keys, keys
    assert keys.get("Christian Democrats", "").startswith("org:") and "cdu" not in keys["Christian Democrats"], keys
    # a state's election (named, not an adjective) leaves the American party alone
    assert any(e.key == "org:us-republican-party" for e in georgia.entities), [(e.name, e.key) for e in georgia.entities]


def test_a_partys_adjective_before_republic_names_a_state(extract_text):
    _, result = extract_text("Ho Chi Minh declared the independence of the Democratic Republic of Vietnam in Hanoi.")
    assert not any(e.key == "org:us-democratic-party" for e in result.entities), [(e.name, e.key) for e in result.entities]
    assert "United States" not in {e.name for e in result.entities}


def test_people_the_tagger_typed_otherwise_are_people(extract_text):
    _, result = extract_text("The following day he appointed former National Security Adviser Brent Scowcroft "
                             "to the board. Former party chairpersons Fritz Kuhn and Claudia Roth resigned.")
    people = {e.name for e in result.entities if e.type == "Person"}
    assert {"Brent Scowcroft", "Claudia Roth"} <= people


def test_the_prime_minister_is_not_the_deputy(extract_text):
    facts, _ = extract_text("At a dinner hosted by Deputy Prime Minister John Prescott he told Mr Brown of his "
                            "plans. Tory leader Michael Howard accused the prime minister and Mr Brown of squabbling.")
    assert not [f for f in triples(facts) if f[1] == "ACCUSED" and f[2] == "John Prescott"]


def test_claims_topics_and_peerages_are_no_edges(extract_text):
    facts, _ = extract_text(
        "Newsnight investigated claims that Labour's agency TBWA was blaming Alastair Campbell for the posters. "
        "Trump kicks off a trip during which North Korea is expected to top the agenda in meetings with Japanese "
        "Prime Minister Shinzo Abe. Former Welsh Office Minister Lord Roberts of Conwy denied it.")
    got = triples(facts)
    assert not [f for f in got if f[1] in ("ACCUSED", "MET_WITH")]
    assert not [f for f in got if f[2] == "Conwy"]
    assert ("Shinzo Abe", "HOLDS_ROLE", "Japan") in got


def test_candidates_bosses_and_postnominals(extract_text):
    facts, result = extract_text(
        "The scandal ensnared Republican Senate candidate Roy Moore of Alabama. Mr Campbell asked Trevor "
        "Beattie, TBWA's boss, to issue a statement. Guy Mansfield QC warned there was a real risk.")
    got = triples(facts)
    assert ("Roy Moore", "MEMBER_OF", "Republican Party") in got
    assert not [f for f in got if f[0] == "Roy Moore" and f[2] == "US Senate" and f[1] == "MEMBER_OF"]
    assert ("Trevor Beattie", "HOLDS_ROLE", "TBWA") in got
    assert "Guy Mansfield" in {e.name for e in result.entities if e.type == "Person"}


def test_legislature_before_a_party_word_and_a_firm_named_after_its_noun(extract_text):
    facts, _ = extract_text(
        "Trump blamed top Senate Democrat Chuck Schumer. Maine Senate Democratic leader Troy Jackson said no. "
        "The panel heard Todd Dickinson, a lawyer with the firm Polsinelli.")
    got = triples(facts)
    assert {("Chuck Schumer", "MEMBER_OF", "US Senate"), ("Chuck Schumer", "MEMBER_OF", "Democratic Party"),
            ("Troy Jackson", "MEMBER_OF", "Maine Senate"), ("Todd Dickinson", "HOLDS_ROLE", "Polsinelli")} <= got


def test_stacked_modifiers_before_a_title(extract_text):
    facts, _ = extract_text(
        "Mississippi Democratic U.S. Representative Bennie Thompson stayed away. Republican Alabama Governor Kay "
        "Ivey voted. U.S. Commerce Secretary Wilbur Ross flew to Beijing. Carl Emmerson, from the Institute for "
        "Fiscal Studies, said the figures were sound. Texas lawyer Ana Ruiz said no.")
    got = triples(facts)
    assert {("Bennie Thompson", "MEMBER_OF", "Democratic Party"), ("Bennie Thompson", "HOLDS_ROLE", "United States"),
            ("Kay Ivey", "MEMBER_OF", "Republican Party"), ("Kay Ivey", "HOLDS_ROLE", "Alabama"),
            ("Wilbur Ross", "HOLDS_ROLE", "United States"),
            ("Carl Emmerson", "MEMBER_OF", "Institute for Fiscal Studies")} <= got
    assert not [f for f in got if f[0] == "Ana Ruiz"]


def test_shadow_posts_and_broadcasters(extract_text):
    facts, _ = extract_text("Conservative Shadow chancellor Oliver Letwin said cuts were needed. Former NBC "
                            "television host Billy Bush accused Trump. Russian television host Ivan Sorokin spoke.")
    got = triples(facts)
    assert {("Oliver Letwin", "MEMBER_OF", "Conservative Party"), ("Oliver Letwin", "HOLDS_ROLE", "Conservative Party"),
            ("Billy Bush", "HOLDS_ROLE", "NBC News")} <= got
    assert not [f for f in got if f[2] in ("United Kingdom", "Russia") and f[1] == "HOLDS_ROLE"]


def test_a_word_of_the_reason_is_no_second_target(extract_text):
    facts, _ = extract_text("Mr Brown accused shadow chancellor Oliver Letwin of plotting cuts that were the "
                            "equivalent of sacking every teacher, GP and nurse in the country.")
    assert [f for f in triples(facts) if f[1] == "ACCUSED"] == [("Brown", "ACCUSED", "Oliver Letwin")]


def test_a_generic_party_beside_another_countrys_legislature(extract_text):
    facts, result = extract_text(
        "Before joining the Christian Democrats, Anna Berg had represented the Moderate Party in the Riksdag. "
        "After leaving the Green Union in 1990, Lars Holm joined the Moderate Party.")
    got = triples(facts)
    assert {("Anna Berg", "MEMBER_OF", "Christian Democrats"), ("Anna Berg", "MEMBER_OF", "Moderate Party"),
            ("Lars Holm", "MEMBER_OF", "Green Union")} <= got
    assert "Germany" not in {e.name for e in result.entities}


def test_a_dean_of_a_college_and_an_independent_are_no_names(extract_text):
    facts, result = extract_text("He served as Dean of the College of Fine Arts. Howard Dean of Vermont spoke. "
                                 "Joseph Mousseau sat as an Independent in the House of Commons.")
    got = triples(facts)
    assert not [f for f in got if f[2] in ("College of Fine Arts", "Independent")]
    assert "Independent" not in {e.name for e in result.entities}


def test_a_partys_people_listed_by_a_relative_clause(extract_text):
    facts, _ = extract_text("During the war Kähler supported left wing SPD politicians, that included Clara Zetkin "
                            "and Rosa Luxemburg, in rejecting the policy.")
    got = triples(facts)
    assert {("Clara Zetkin", "MEMBER_OF", "Social Democratic Party of Germany"),
            ("Rosa Luxemburg", "MEMBER_OF", "Social Democratic Party of Germany")} <= got


def test_a_pronoun_elected_to_a_title(extract_text):
    facts, _ = extract_text("James Maher was an American politician. He was elected mayor of Keansburg in 1926. "
                            "Anna Berg is a Swedish politician. She was appointed ambassador to France in 2001.")
    got = triples(facts)
    assert {("James Maher", "HOLDS_ROLE", "Keansburg"), ("Anna Berg", "ENVOY_OF", "Sweden")} <= got


def test_an_office_without_a_country_in_an_article_about_one_countrys_parties(extract_text):
    facts, _ = extract_text(
        "Home Secretary Hugh Clarke said the plan would work. The Conservatives called it a gimmick, and "
        "Labour said Britain needed it. TV host Ann Rowe said as home secretary he had been harsh."
    )
    got = {(h, t, tl) for h, t, tl, _ in facts}
    assert ("Hugh Clarke", "HOLDS_ROLE", "United Kingdom") in got
    assert not any(h == "Ann Rowe" and t == "HOLDS_ROLE" for h, t, _ in got)  # the title is his, not hers


def test_no_article_country_beside_another_countrys_office_or_without_the_country_named(extract_text):
    facts, _ = extract_text(
        "Chancellor Anna Vogel, then in office, pressed Greece, and the Greek finance minister Yanis Petrou, "
        "who served under Nikos Dimas of Syriza, refused. The SPD backed her."
    )
    got = {(h, t, tl) for h, t, tl, _ in facts}
    assert ("Anna Vogel", "HOLDS_ROLE", "Greece") not in got
    facts, _ = extract_text("Deputy health minister Rhona Baird said the review would be quick. The SNP agreed.")
    assert not any(h == "Rhona Baird" and t == "HOLDS_ROLE" for h, t, _, _ in facts)  # Scotland's or Britain's?


def test_a_pronoun_of_the_other_gender_is_someone_else(extract_text):
    facts, _ = extract_text("Ms Lena Hart said he had been elected mayor of Leeds in 2001.")
    assert not any(h == "Lena Hart" and t == "HOLDS_ROLE" for h, t, _, _ in facts)


def test_expected_attacks_welcomes_as_and_places_listed_on_a_tour(extract_text):
    facts, _ = extract_text(
        "Party leader Colin Reed is expected to attack Tony Blair's words as he begins a tour. Mr Reed visits "
        "Manchester, Liverpool, Leicester, Somerset, Basingstoke, Shrewsbury, Dorset and Torbay this week. "
        "Republicans welcomed Alex Azar as an experienced hand. U.S. District Judge Amy Lott ruled on Monday. "
        "Tom Hale served two four-year terms in the Maryland House of Delegates."
    )
    got = {(h, t, tl) for h, t, tl, _ in facts}
    assert not any(t == "ACCUSED" for _, t, _ in got)  # only expected
    assert not any(t == "MET_WITH" for _, t, _ in got)  # places visited; a welcome "as" something is approval
    assert ("Republican Party", "PRAISED", "Alex Azar") in got
    assert not any(tl == "Party" for _, _, tl in got)  # "Party leader X": which party is not said
    assert ("Amy Lott", "HOLDS_ROLE", "United States") in got
    assert ("Tom Hale", "MEMBER_OF", "Maryland House of Delegates") in got


def test_an_acronym_spelling_out_an_organisation_named_before_is_that_organisation(extract_text):
    _, result = extract_text(
        "Banda Mwale of the United Democratic Front was re-elected, while the AFORD candidate Ruth Phiri unseated "
        "the UDF minister Peter Ngoma."
    )
    orgs = [e for e in result.entities if e.type == "Organization"]
    udf = [e for e in orgs if e.name == "United Democratic Front"]
    assert len(udf) == 1 and "UDF" in udf[0].aliases
    assert not any(e.name == "UDF" for e in orgs)
    assert any(e.name == "AFORD" for e in orgs)  # "Alliance for Democracy" is not named: no guess


def test_support_received_comes_from_its_giver(extract_text):
    facts, _ = extract_text(
        "After the election, Rohan Perera of the United National Party formed a government with the support "
        "of the Sri Lanka Muslim Congress. Joseph McKee enjoyed the support of President Franklin D. Roosevelt. "
        "Ana Ruiz sought the support of the Green Party."
    )
    got = {(h, t, tl) for h, t, tl, _ in facts}
    assert ("Sri Lanka Muslim Congress", "SUPPORTED", "Rohan Perera") in got
    assert ("Rohan Perera", "SUPPORTED", "Sri Lanka Muslim Congress") not in got
    assert ("Franklin D. Roosevelt", "SUPPORTED", "Joseph McKee") in got
    assert not any(t == "SUPPORTED" and "Ana Ruiz" in (h, tl) for h, t, tl in got)  # only sought


def test_a_dateline_in_a_us_state_is_the_united_states(extract_text):
    for dateline in ("WEST PALM BEACH, Fla (Reuters) - ", "NEW YORK (Reuters) - ", "SACRAMENTO, Calif. (Reuters) - "):
        facts, _ = extract_text(dateline + "President Donald Trump said on Thursday he would be treated fairly.")
        assert ("Donald Trump", "HOLDS_ROLE", "United States", ) in {(h, t, tl) for h, t, tl, _ in facts}, dateline
    facts, _ = extract_text("DANANG, Vietnam (Reuters) - President Donald Trump met leaders on Friday.")
    assert not any(t == "HOLDS_ROLE" for _, t, _, _ in facts)  # a trip's stop says nothing of his office


def test_peers_defections_and_surnames_after_honorifics(extract_text):
    got = triples_of(
        extract_text,
        "Helena Morton, a Labour peer and a human rights lawyer, spoke.",
        "Tory peer Lord Tebbit said so.",
        "The gap was narrow, as proved by the defection to Labour of Robert Jackson.",
        "Colin Reed attacked Mr Hale's words.",
    )
    assert ("Helena Morton", "MEMBER_OF", "Labour Party") in got
    assert ("Tebbit", "MEMBER_OF", "Conservative Party") in got
    assert ("Robert Jackson", "MEMBER_OF", "Labour Party") in got
    assert not any("Mr Hale" in (h, tl) for h, _, tl in got)  # the surname is a person's, not an organisation


def test_state_offices_campaign_managers_seats_left_and_titles_of_long_names(extract_text):
    got = triples_of(
        extract_text,
        "California Attorney General Xavier Becerra said the ruling was right.",
        "Virginia Lieutenant Governor Ralph Northam won.",
        "President Donald Trump's former campaign manager Paul Manafort offered to post bail.",
        "McConnell said that Jeff Sessions, who left the Senate seat to become attorney general, could run.",
        "The director of the Victims of Crime Trust, Norman Brennan, accused the judge of arrogance.",
    )
    assert ("Xavier Becerra", "HOLDS_ROLE", "California") in got
    assert ("Ralph Northam", "HOLDS_ROLE", "Virginia") in got
    assert ("Paul Manafort", "ADVISER_TO", "Donald Trump") in got
    assert ("Jeff Sessions", "MEMBER_OF", "US Senate") in got
    assert ("Norman Brennan", "HOLDS_ROLE", "Victims of Crime Trust") in got


def test_terms_in_a_legislature_frontbenchers_and_hopes(extract_text):
    got = triples_of(
        extract_text,
        "Max Baucus secured a fourth term in the Senate.",
        "Tory frontbencher John Redwood said so.",
        "Tom Hale hoped to win a term in the Senate.",
    )
    assert ("Max Baucus", "MEMBER_OF", "US Senate") in got
    assert ("John Redwood", "MEMBER_OF", "Conservative Party") in got
    assert ("Tom Hale", "MEMBER_OF", "US Senate") not in got  # only hoped


def test_an_office_in_a_story_of_one_countrys_parties_that_names_no_country(extract_text):
    facts, _ = extract_text(
        "The Tories have attacked the plan. Sources said Michael Hart had always backed ID cards, and tried to "
        "introduce them when he was Home Secretary. Labour called the claim absurd."
    )
    assert ("Michael Hart", "HOLDS_ROLE", "United Kingdom") in {(h, t, tl) for h, t, tl, _ in facts}
    facts, _ = extract_text("Michael Hart tried to introduce ID cards when he was Home Secretary. Labour and the "
                            "Tories both objected.")
    assert not any(t == "HOLDS_ROLE" for _, t, _, _ in facts)  # two sentences: too little of a story


def test_operatives_campaign_advisers_and_colleagues(extract_text):
    got = triples_of(
        extract_text,
        "Paul Manafort, a businessman and longtime Republican Party operative, surrendered on Monday.",
        "Michael Caputo, an advisor to Donald Trump's presidential campaign, told those gathered.",
        "Representative John Conyers' colleagues in the Congressional Black Caucus are pressing him.",
    )
    assert ("Paul Manafort", "MEMBER_OF", "Republican Party") in got
    assert ("Michael Caputo", "ADVISER_TO", "Donald Trump") in got
    assert ("John Conyers", "MEMBER_OF", "Congressional Black Caucus") in got


def test_an_office_in_a_story_about_one_country(extract_text):
    facts, _ = extract_text(
        "The law was drafted in the Philippines in 1935. It was amended twice. The second change was signed by "
        "President Joseph Estrada in 1999. Critics in the Philippines said it came too late."
    )
    assert ("Joseph Estrada", "HOLDS_ROLE", "Philippines") in {(h, t, tl) for h, t, tl, _ in facts}
    facts, _ = extract_text(
        "The law was drafted in Chile in 1935. It was amended twice. President Ana Ruiz signed it after a visit "
        "to Peru."
    )
    assert not any(t == "HOLDS_ROLE" for _, t, _, _ in facts)  # two countries: whose president?


def test_company_officers_are_no_national_office_in_a_one_country_story(extract_text):
    facts, _ = extract_text(
        "The ruling came in Washington. Tobacco firms in the United States had fought the case for years. "
        "Charles Blixt, executive vice-president of RJ Reynolds Tobacco, said it changed everything. Senior vice "
        "president Robert Stearns pleaded guilty, and the group's president Beverly Sims resigned. Critics in the "
        "United States were pleased."
    )
    assert not any(t == "HOLDS_ROLE" and tl == "United States" for _, t, tl, _ in facts)


def test_a_persons_organisation_introduced_with_its_acronym(extract_text):
    got = triples_of(
        extract_text,
        "Kim Dae-jung's National Congress for New Politics (NCNP) re-branded itself in 2000.",
        "Trump's White House (WH) denied it.",
    )
    assert ("Kim Dae-jung", "MEMBER_OF", "National Congress for New Politics") in got
    assert not any(tl == "White House" and t == "MEMBER_OF" for _, t, tl in got)  # a lexicon body: no guess


def test_a_partys_people_including_a_titled_name(extract_text):
    facts, _ = extract_text("In 1836 Van Buren defeated several Whig candidates, including Tennessee Senator Hugh "
                            "Lawson White.")
    assert any(h.startswith("Hugh Lawson") and t == "MEMBER_OF" and tl == "Whig Party" for h, t, tl, _ in facts)


def test_ex_ministers_lowercase_portfolios_and_chief_constables(extract_text):
    got = triples_of(
        extract_text,
        "Tory ex-minister Douglas Hogg said he opposed the plans.",
        "Conservative local government spokeswoman Caroline Spelman said so.",
        "Craig Mackey, assistant chief constable of Gloucestershire Police, said so.",
    )
    assert ("Douglas Hogg", "MEMBER_OF", "Conservative Party") in got
    assert ("Caroline Spelman", "SPOKESPERSON_FOR", "Conservative Party") in got
    assert ("Craig Mackey", "HOLDS_ROLE", "Gloucestershire Police") in got


def test_a_companys_officer_after_its_stock_ticker(extract_text):
    facts, _ = extract_text("Goldman Sachs Group Inc (GS.N) Chief Executive Lloyd Blankfein will visit China.")
    assert ("Lloyd Blankfein", "HOLDS_ROLE", "Goldman Sachs Group Inc") in {(h, t, tl) for h, t, tl, _ in facts}


def test_campaign_staff_advise_the_candidate(extract_text):
    got = triples_of(
        extract_text,
        "John Podesta chaired Hillary Clinton's campaign in 2016.",
        "Michael Flynn was a senior adviser in Donald Trump's election campaign.",
        "Ana Ruiz wanted to run Hillary Clinton's campaign.",
    )
    assert ("John Podesta", "ADVISER_TO", "Hillary Clinton") in got
    assert ("Michael Flynn", "ADVISER_TO", "Donald Trump") in got
    assert not any(h == "Ana Ruiz" for h, _, _ in got)  # only wanted to


def test_ranks_held_in_a_body_and_its_own_commissioners(extract_text):
    got = triples_of(
        extract_text,
        "Juan Perez, a colonel in the Argentine Army, founded the party in 1946.",
        "Both parties backed Oettinger to remain as the German EU Commissioner in the incoming European "
        "Commission.",
    )
    assert ("Juan Perez", "HOLDS_ROLE", "Argentine Army") in got
    assert ("Oettinger", "HOLDS_ROLE", "European Commission") not in got  # the title names its own body


def test_an_aside_participle_is_the_names_own(extract_text):
    got = triples_of(
        extract_text,
        "New York City Comptroller Bill Thompson, running for the Democratic Party, lost the race.",
        "Michael Bloomberg, an independent running on the Republican Party line, won.",
        "The party, running out of money, collapsed.",
    )
    assert ("Bill Thompson", "MEMBER_OF", "Democratic Party") in got
    assert ("Michael Bloomberg", "MEMBER_OF", "Republican Party") in got


def test_names_the_tagger_cut_short_are_whole(extract_text):
    got = triples_of(extract_text,
                     "Governor Ann Cole has dismissed de Vries's tax plan. Mayor Pieter de Vries said he would fight.",
                     "Burmese leader Aung San Suu Kyi met the envoy in Naypyidaw.")
    assert ("Ann Cole", "REJECTED", "Pieter de Vries") in got
    assert ("Aung San Suu Kyi", "HOLDS_ROLE", "Myanmar") in got and not any(h == "Aung San" for h, _, _ in got)


def test_a_peerage_is_no_surname(processor):
    from graphbuild.extract import _clean_person

    doc = processor.nlp("The Queen and Duke of Kent said they were delighted. Officer Duke said so.")
    duke = [t.i for t in doc if t.text == "Duke"]
    assert _clean_person(doc, duke[0], duke[0] + 1, processor.lex) is None  # "Duke of Kent": a title
    assert _clean_person(doc, duke[1], duke[1] + 1, processor.lex) == (duke[1], duke[1] + 1)


def test_a_presidential_candidate_holds_no_office_of_the_state(extract_text):
    got = triples_of(extract_text, "Aides tried to set up talks between then-Republican presidential candidate "
                                   "Dale Hurst and Russian President Ivan Lebed.")
    assert ("Dale Hurst", "MEMBER_OF", "Republican Party") in got
    assert ("Dale Hurst", "HOLDS_ROLE", "United States") not in got


def test_a_party_before_a_committee_is_its_chairs(extract_text):
    got = triples_of(extract_text,
                     "The bill is backed by the Democratic House Judiciary Committee chairman Ray Fenn, and Senator "
                     "Ada Holt, the ranking member on the Senate Banking Committee.")
    assert ("Ray Fenn", "MEMBER_OF", "Democratic Party") in got
    assert ("Ray Fenn", "HOLDS_ROLE", "House Judiciary Committee") in got
    assert ("Ada Holt", "MEMBER_OF", "Senate Banking Committee") in got
    # Holt's own title, "Senator", takes nothing from Fenn's committee
    assert not any(h == "Ada Holt" and "Judiciary" in t for h, _, t in got)


def test_whoever_asks_meets_when_meeting(extract_text):
    facts, _ = extract_text("President Dale Hurst will ask Norway to cut its links with Iran when meeting with "
                            "Norwegian Prime Minister Eva Lund in Oslo, an aide said.")
    meetings = [(h, tl, p.get("status")) for h, t, tl, p in facts if t == "MET_WITH"]
    assert meetings == [("Dale Hurst", "Eva Lund", "planned")]


def test_a_visit_before_which_something_happened_is_still_to_come(extract_text):
    facts, _ = extract_text("The Senate panel backed new sanctions on Tuesday, just before President Dale Hurst "
                            "meets Chinese President Li Wen in Beijing.")
    assert [p.get("status") for h, t, tl, p in facts if t == "MET_WITH"] == ["planned"]


def test_targeting_with_sanctions_is_no_attack(extract_text):
    got = triples_of(extract_text, "U.S. lawmakers target the Myanmar military with new sanctions.",
                     "Russian forces targeted Ukraine with drones overnight.")
    assert not any(t == "ATTACKED" and h == "United States" for h, t, _ in got)
    assert ("Russia", "ATTACKED", "Ukraine") in got


def test_his_is_the_subject_named_by_title(extract_text):
    got = triples_of(extract_text, "Dr Nadia Rana said some migrants should integrate more. On Monday the Pakistani "
                                   "president met Prime Minister Tom Reed at 10 Downing Street, on his first "
                                   "official visit to London.")
    assert not any(h == "Nadia Rana" and t == "MET_WITH" for h, t, _ in got)


def test_a_scottish_story_gives_state_offices_to_the_state(extract_text):
    facts, _ = extract_text("Army chiefs will meet on Monday. The board's choice must be approved by Defence Secretary "
                            "Ian Moss and Prime Minister Ruth Bell. Scotland's battalions will merge. Labour "
                            "backbenchers opposed the plan. Justice Secretary Ann Lee spoke of Scotland's loss.")
    got = triples(facts)
    assert ("Ian Moss", "HOLDS_ROLE", "United Kingdom") in got and ("Ruth Bell", "HOLDS_ROLE", "United Kingdom") in got
    assert not any(t == "Scotland" and h in ("Ian Moss", "Ruth Bell") for h, _, t in got)
    assert not any(h == "Ann Lee" and t == "United Kingdom" for h, _, t in got)  # a Scottish minister, maybe


def test_a_list_ending_in_other_people_of_a_kind(extract_text):
    got = triples_of(extract_text, "The plan was attacked by Tom Fenn, Ada Holt and other members of the Green Party.",
                     "Trump and other world leaders met in Paris.")
    assert ("Tom Fenn", "MEMBER_OF", "Green Party") in got and ("Ada Holt", "MEMBER_OF", "Green Party") in got
    assert not any(h == "Donald Trump" or h == "Trump" for h, _, _ in got)  # "world leaders" name no body


def test_a_name_that_defeats_a_person_is_a_person(extract_text):
    got = triples_of(extract_text, "Carol Moseley Braun defeated Alan Dixon in the Democratic primary.")
    assert ("Carol Moseley Braun", "MEMBER_OF", "Democratic Party") in got


def test_a_surname_that_names_buildings_too(extract_text):
    got = triples_of(extract_text, "Protesters handed a letter to Tony Hall, Director General of the BBC.",
                     "The concert at Carnegie Hall was sold out.")
    assert ("Tony Hall", "HOLDS_ROLE", "BBC") in got
    _, result = extract_text("The concert at Carnegie Hall was sold out.")
    assert not any(e.type == "Person" for e in result.entities)


def test_a_participle_after_a_copulas_description_is_the_subjects(extract_text):
    got = triples_of(extract_text, "Ann Lee is a Canadian politician, who was elected to the House of Commons in "
                                   "2006, winning the riding of Kelowna for the New Democratic Party.")
    assert ("Ann Lee", "MEMBER_OF", "New Democratic Party") in got


def test_a_trip_to_a_country_is_a_visit_and_a_visit_to_a_person_a_meeting(extract_text):
    facts, _ = extract_text("President Dale Hurst arrived in Beijing on Wednesday. Senator Ann Lee visited Prime "
                            "Minister Tom Reed in London on Monday.")
    got = triples(facts)
    assert ("Dale Hurst", "VISITED", "China") in got and ("Dale Hurst", "MET_WITH", "China") not in got
    assert ("Ann Lee", "MET_WITH", "Tom Reed") in got


def test_he_after_a_subject_named_by_title_is_not_the_last_name(extract_text):
    facts, _ = extract_text("Home Secretary Tom Reed wants a points system. Mr Reed will present it on Monday. "
                            "The prime minister on Sunday said controls would be tightened. But he rejected the "
                            "Conservatives' call for a quota.")
    assert not any(h == "Tom Reed" and t == "REJECTED" for h, t, _, _ in facts)


def test_a_countrys_election_names_whose_office_follows(extract_text):
    got = triples_of(extract_text, "After its victory in the 1977 Norwegian parliamentary election, the party formed a "
                                   "government and Ola Berg became prime minister.",
                     "Following the 1990 Peruvian general election, British Prime Minister Ann Lee and President "
                     "Tom Reed met in Lima.")
    assert ("Ola Berg", "HOLDS_ROLE", "Norway") in got
    assert ("Ann Lee", "HOLDS_ROLE", "Peru") not in got


def test_winning_a_countrys_presidential_election_makes_its_president(extract_text):
    got = triples_of(extract_text, "Rosa Vance of the Civic Union won the 2000 Peruvian presidential election.",
                     "At the 1979 Ghanaian general election, Kofi Mensah of the People's Front won the presidency.",
                     "Ann Lee hoped to win the 2004 Peruvian presidential election.",
                     "Tom Reed won the Democratic presidential primary in Ohio.")
    assert ("Rosa Vance", "HOLDS_ROLE", "Peru") in got and ("Kofi Mensah", "HOLDS_ROLE", "Ghana") in got
    assert not any(h in ("Ann Lee", "Tom Reed") and t == "HOLDS_ROLE" for h, t, _ in got)


def test_a_partys_own_name_gives_its_members_offices_a_country(extract_text):
    got = triples_of(extract_text, "Lars Dahl succeeded Per Holm as chairman of the Swedish Social Democratic Party and "
                                   "as prime minister in 1969.",
                     "Carles Vidal of the Democratic Convergence of Catalonia was invested as president in 2016.")
    assert ("Lars Dahl", "HOLDS_ROLE", "Sweden") in got and ("Lars Dahl", "MEMBER_OF", "Swedish Social Democratic Party") in got
    assert not any(h == "Carles Vidal" and t == "HOLDS_ROLE" and tl == "Spain" for h, t, tl in got)  # a region's


def test_its_after_a_bodys_statement_is_the_bodys(extract_text):
    got = triples_of(extract_text, "A Forest Party statement said its leader Ivo Dank had met the envoy.",
                     "The Forest Party leader said its rival Ana Ruiz had lost.")
    assert ("Ivo Dank", "HOLDS_ROLE", "Forest Party") in got
    assert not any(h == "Ana Ruiz" and tl == "Forest Party" for h, _, tl in got)


def test_a_vice_chair_listed_after_the_chair_shares_the_committee(extract_text):
    got = triples_of(extract_text, "In a letter, Ethics Committee Chairman Ray Fenn, Vice Chairman Ada Holt, and "
                                   "Senator Tom Reed asked for a hearing.")
    assert ("Ada Holt", "HOLDS_ROLE", "Ethics Committee") in got
    assert ("Tom Reed", "HOLDS_ROLE", "Ethics Committee") not in got


def test_a_conditional_copula_gives_no_title(extract_text):
    got = triples_of(extract_text, "If he became king, Prince Edmund would be the supreme governor of the Church of "
                                   "England.", "Tom Reed could be the next leader of the Forest Party.")
    assert not any(t in ("HOLDS_ROLE", "MEMBER_OF") for _, t, _ in got)
    # a story's "would" tells what happened next
    assert ("Ann Lee", "MEMBER_OF", "Forest Party") in triples_of(
        extract_text, "Ann Lee would later serve as a member of the Forest Party.")


def test_a_month_inside_a_hyphenated_given_name_is_the_name(extract_text):
    got = triples_of(extract_text, "The Social Democrat leader Karl-August Fagerholm lost.")
    assert ("Karl-August Fagerholm", "HOLDS_ROLE", "Social Democrats") in got
    _, result = extract_text("The vote was held in August 1956.")
    assert not result.entities


def test_a_plural_party_word_before_a_list_covers_every_name(extract_text):
    got = triples_of(extract_text, "The bill was opposed by Republicans Dale Hurst, Ann Lee and Tom Reed.",
                     "Democrats Ray Fenn and Ada Holt skipped the meeting.")
    members = {h for h, t, tl in got if t == "MEMBER_OF" and tl in ("Republican Party", "Democratic Party")}
    assert members == {"Dale Hurst", "Ann Lee", "Tom Reed", "Ray Fenn", "Ada Holt"}


def test_a_senator_from_a_us_state_and_a_partys_sub_unit(extract_text):
    got = triples_of(extract_text, "Tom Reed, the Republican senator from Texas, spoke first.",
                     "Ann Lee, a senator from New South Wales, spoke.",
                     "Ray Fenn heads the Forest Party's youth wing.")
    assert ("Tom Reed", "HOLDS_ROLE", "United States") in got
    assert not any(h == "Ann Lee" and tl == "United States" for h, _, tl in got)
    assert ("Ray Fenn", "HOLDS_ROLE", "Forest Party") not in got and ("Ray Fenn", "MEMBER_OF", "Forest Party") in got


def test_under_the_leadership_of_in_an_aside(extract_text):
    got = triples_of(extract_text, "In the 2005 election, the Forest Party, under the leadership of Ann Lee, won 40 seats.")
    assert ("Ann Lee", "HOLDS_ROLE", "Forest Party") in got


def test_becoming_after_a_comma_is_the_subjects_title(extract_text):
    got = triples_of(extract_text, "Tom Reed resigned in 2001, becoming leader of the Forest Party.",
                     "Ann Lee switched parties in 2003, becoming a Democrat.")
    assert ("Tom Reed", "HOLDS_ROLE", "Forest Party") in got and ("Ann Lee", "MEMBER_OF", "Democratic Party") in got


def test_expelled_by_a_party_is_its_former_member(extract_text):
    got = triples_of(extract_text, "Ann Lee sat as an independent after being expelled by the Forest Party.")
    assert ("Ann Lee", "MEMBER_OF", "Forest Party") in got


def test_a_vice_premier_is_a_deputy_head_of_government(extract_text):
    got = triples_of(extract_text, "Chinese Vice Premier Wang Yang arrived in Washington on Monday.")
    assert ("Wang Yang", "HOLDS_ROLE", "China") in got


def test_a_partys_member_on_a_committee_sits_on_it(extract_text):
    got = triples_of(extract_text, "Ann Lee, the top Democrat on the House Ethics Committee, said the probe would go on.",
                     "Tom Reed, the Senate's top Republican, said the deal was dead.")
    assert ("Ann Lee", "MEMBER_OF", "House Ethics Committee") in got and ("Ann Lee", "MEMBER_OF", "Democratic Party") in got
    assert ("Tom Reed", "MEMBER_OF", "US Senate") in got


def test_titles_with_former_or_a_name_without_its_closing_comma(extract_text):
    got = triples_of(extract_text, "Another top Hurst former campaign adviser, Sam Clay, withdrew his candidacy. "
                                   "President Dale Hurst said nothing.",
                     "The chairman of the Bar Council, Guy Mann QC warned there was a real risk.")
    assert ("Sam Clay", "ADVISER_TO", "Dale Hurst") in got
    assert ("Guy Mann", "HOLDS_ROLE", "Bar Council") in got


def test_a_title_to_a_body_before_a_name(extract_text):
    got = triples_of(extract_text, "Special Adviser to the Kremlin Tom Reed spoke on Monday.",
                     "Ambassador to France Ann Lee resigned.")
    assert ("Tom Reed", "ADVISER_TO", "Kremlin") in got
    assert not any(h == "Ann Lee" and tl == "France" for h, _, tl in got)  # posted there, not France's envoy


def test_ex_before_a_bodys_name_makes_a_former_title(extract_text):
    got = {(h, t, tl, p.get("role")) for h, t, tl, p in extract_text(
        "Ex-Welsh Office Minister Lord Roberts denied the claims.")[0]}
    assert ("Roberts", "HOLDS_ROLE", "Welsh Office", "former minister") in got


def test_portfolios_shadow_posts_and_bracketed_acronyms(extract_text):
    facts, result = extract_text(
        "Labour and the Conservatives clashed over the bill in the United Kingdom on Monday. The report examined "
        "the Office of the Deputy Prime Minister (ODPM). Shadow Constitutional Affairs Secretary Oliver Hale accused "
        "ministers of delay. Health Secretary Ruth Bell defended the plan.")
    got = triples(facts)
    assert not any(e.type == "Person" and e.name == "ODPM" for e in result.entities)
    assert ("Oliver Hale", "HOLDS_ROLE", "United Kingdom") not in got  # the opposition's post
    assert not any(tl in ("Health", "Shadow Constitutional Affairs") for _, _, tl in got)


def test_interaction_words_that_name_no_act(extract_text):
    got = triples_of(extract_text, "Mr Reed went on to issue a rallying call to the Forest Party.",
                     "President Dale Hurst said he had spoken with Ivan Lebed over allegations of Russian meddling.",
                     "A Forest Party MEP attacked the German 'empire'.")
    assert not any(t == "MET_WITH" and tl == "Forest Party" for _, t, tl in got)
    assert not any(t == "ACCUSED" and tl == "Russia" for _, t, tl in got)
    assert not any(t == "ATTACKED" for _, t, _ in got)


def test_the_commons_and_the_lords_and_their_committees(extract_text):
    got = triples_of(extract_text, "But Ed Leigh, who is chairman of the Commons public accounts committee, warned "
                                   "the government.",
                     "Lord Strand, Tory leader in the Lords, said ministers should expect it to be re-written.")
    assert ("Ed Leigh", "MEMBER_OF", "House of Commons") in got
    assert ("Ed Leigh", "HOLDS_ROLE", "House of Commons") not in got  # the committee's chair, not the House's
    assert ("Strand", "MEMBER_OF", "House of Lords") in got or ("Lord Strand", "MEMBER_OF", "House of Lords") in got
