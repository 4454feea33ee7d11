package se.bricka.kiosk.booking;

import se.bricka.core.wire.Household;

/** A household's visit to the board: its tag's hash, who it is, and the Monday of the week it looks at. */
record Visit(String tagHash, Household household, java.time.LocalDate weekStart) {

    Visit withWeek(java.time.LocalDate week) {
        return new Visit(tagHash, household, week);
    }
}
