"""Name resolution: one node per real person, never two people merged by accident."""

from __future__ import annotations

from collections import Counter

from graphbuild.resolve import Registry, canonical_name, cluster_names, same_person


def test_misspellings_and_surnames_cluster():
    names = ["Volodymyr Zelensky", "Volodomyr Zelensky", "Volodymyr Zelenksy", "Zelensky", "Zelenskyy"]
    assert len(set(cluster_names(names))) == 1


def test_different_people_stay_apart():
    assert not same_person(["lars", "berg"], ["lars", "borg"])  # short names need an exact match
    assert not same_person(["anna", "kowal"], ["jan", "kowal"])
    names = ["Donald Trump", "Melania Trump", "Trump"]
    clusters = cluster_names(names)
    assert clusters[0] != clusters[1]
    assert clusters[2] not in (clusters[0], clusters[1])  # ambiguous surname is not guessed


def test_registry_canonical_prefers_frequent_full_form():
    registry = Registry()
    for name, count in [("Volodymyr Zelensky", 5), ("Volodomyr Zelensky", 1), ("Zelensky", 9)]:
        registry.observe_person(name, count)
    canonical = registry.finish()
    assert canonical["Zelensky"] == "Volodymyr Zelensky"
    assert canonical["Volodomyr Zelensky"] == "Volodymyr Zelensky"


def test_registry_joins_a_lone_surname_only_to_its_exact_spelling():
    # across articles a one-word name one letter off is another person ("Janner" is not Donte Tanner);
    # within one article cluster_names still reads it as a typo
    registry = Registry()
    for name, count in [("Donte Tanner", 1), ("Janner", 1), ("Zelenksy", 1), ("Volodymyr Zelensky", 3)]:
        registry.observe_person(name, count)
    canonical = registry.finish()
    assert canonical["Janner"] == "Janner"
    assert canonical["Zelenksy"] == "Zelenksy"
    clusters = cluster_names(["Donte Tanner", "Janner"])
    assert clusters[0] == clusters[1]


def test_canonical_name_spells_each_word_as_most_mentions_do():
    # no form is right as a whole: the first name is right in the full forms, the surname in the short ones
    assert canonical_name(Counter({"Oleksandr Hrytsenko": 1, "Olexandr Hrytsneko": 2, "Hrytsenko": 6})) \
        == "Olexandr Hrytsenko"
    # a surname spelling no full form has is never used (it may be another word merged by a typo match)
    assert canonical_name(Counter({"Ivan Petrenko": 2, "Petrenka": 5})) == "Ivan Petrenko"
    assert canonical_name(Counter({"Olexandr Hrytsneko": 2, "Oleksandr Hrytsenko": 1})) == "Olexandr Hrytsneko"
    # a one-word form that is not the surname does not vote for it ("Xi" is Xi Jinping's family name)
    assert canonical_name(Counter({"Xi Jinping": 2, "Xi": 9})) == "Xi Jinping"
    # a particle surname and a generational suffix keep their words
    assert canonical_name(Counter({"Pieter Van Damme": 1, "Van Damme": 4})) == "Pieter Van Damme"
    assert canonical_name(Counter({"Rafael Ortiz Jr.": 1, "Rafael Ortiz Jr": 3, "Ortiz": 5})) == "Rafael Ortiz Jr"


def test_generational_suffix_keeps_people_apart():
    names = ["Donald Trump", "Donald Trump Jr.", "Donald Trump Jr"]
    clusters = cluster_names(names)
    assert clusters[0] != clusters[1] and clusters[1] == clusters[2]
    # a surname with the suffix is the son, not the father named in full
    clusters = cluster_names(["Donald Trump", "Trump Jr.", "Donald Trump Jr."])
    assert clusters[0] != clusters[1] and clusters[1] == clusters[2]


def test_family_name_first_and_ambiguous_first_names():
    assert len(set(cluster_names(["Xi Jinping", "Xi"]))) == 1
    assert len(set(cluster_names(["Kim Jong Un", "Kim Darroch", "Kim"]))) == 3  # ambiguous: left alone


def test_a_first_name_alone_is_no_misspelt_surname():
    names = ["Alyssa Farah", "Sarah Lindqvist", "Sarah", "Farah", "Volodymyr Zelensky", "Zelenksy"]
    group = dict(zip(names, cluster_names(names)))
    assert group["Farah"] == group["Alyssa Farah"]
    assert group["Sarah"] != group["Alyssa Farah"]  # a first name seen in this run, not a typo of Farah
    assert group["Zelenksy"] == group["Volodymyr Zelensky"]  # a surname alone still matches with a typo


def test_a_shared_surname_alone_goes_to_the_dominant_person():
    names = ["Donald Trump", "Ivanka Trump", "Trump", "Anna Berg", "Lars Berg", "Berg"]
    weights = [400, 20, 30, 5, 4, 3]
    group = dict(zip(names, cluster_names(names, weights)))
    assert group["Trump"] == group["Donald Trump"]  # named 20x as often as Ivanka Trump
    assert group["Berg"] not in (group["Anna Berg"], group["Lars Berg"])  # no one dominates: ambiguous
    unweighted = dict(zip(names, cluster_names(names)))
    assert unweighted["Trump"] not in (unweighted["Donald Trump"], unweighted["Ivanka Trump"])


def test_an_exact_surname_wins_over_a_typo():
    names = ["Al Franken", "Jayda Fransen", "Franken", "Fransen"]
    weights = [10, 40, 5, 5]
    group = dict(zip(names, cluster_names(names, weights)))
    assert group["Franken"] == group["Al Franken"] and group["Fransen"] == group["Jayda Fransen"]
    assert group["Al Franken"] != group["Jayda Fransen"]


def test_al_and_ben_before_a_single_surname_are_first_names():
    from graphbuild.resolve import name_parts

    assert name_parts("Al Franken") == ["al", "franken"] and name_parts("Ben Carson") == ["ben", "carson"]
    assert name_parts("Pieter Van Damme") == ["pieter", "van damme"]
    assert name_parts("Mohammed bin Salman") == ["mohammed", "bin salman"]


def test_a_different_middle_initial_keeps_namesakes_apart():
    names = ["George H.W. Bush", "George W. Bush", "George Walker Bush", "John F. Kennedy",
             "John Fitzgerald Kennedy", "John Kennedy"]
    clusters = cluster_names(names)
    assert clusters[0] != clusters[1]  # father and son
    assert clusters[1] == clusters[2]  # an initial matches the middle name it stands for
    assert clusters[3] == clusters[4] == clusters[5]  # a middle name left out still matches


def test_a_full_name_that_fits_two_namesakes_goes_to_the_one_mentioned_most():
    names = ["George H.W. Bush", "George W. Bush", "George Bush"]
    clusters = cluster_names(names, weights=[2, 30, 1])
    assert clusters[2] == clusters[1] != clusters[0]


def test_a_lone_first_name_joins_the_one_full_name_it_opens():
    assert cluster_names(["Xi Jinping", "Xi"]) == [0, 0]  # family name first
    assert cluster_names(["Ivanka Trump", "Donald Trump", "Ivanka"]) == [0, 1, 0]
