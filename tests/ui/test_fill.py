from fasilitaattori.ui.fill import fill


def test_fill_replaces_each_place_once_and_in_any_order():
    assert fill("Next: %1 at %2", "Dialogi", "10:30") == "Next: Dialogi at 10:30"
    assert fill("%2 – %1", "a", "b") == "b – a"
    # A value containing "%2" is not filled again (a note may say "50 %2").
    assert fill("%1: %2", "Idea %2", "text") == "Idea %2: text"
    assert fill("%1 and %3", "x") == "x and %3"
