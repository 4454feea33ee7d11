package se.bricka.backend.extract;

import java.util.List;

/**
 * The fixed information GDPR art. 15 asks an extract to give besides the data itself: purposes,
 * categories, recipients, retention, rights, the right to complain to IMY, and the source.
 */
public final class ExtractTexts {

    /** A heading and its text. */
    public record Section(String heading, String text) {}

    /** The sections, in the order they are shown. */
    public static final List<Section> SECTIONS = List.of(
            new Section(
                    "Controller",
                    "The housing company that rents out the apartment is the controller of the"
                            + " personal data in this extract. Contact its customer service for questions."),
            new Section(
                    "Purposes and legal basis",
                    "Tags: to let the household into the buildings and rooms it"
                            + " rents (performance of the tenancy agreement). Bookings: to share the laundry and common"
                            + " rooms fairly (tenancy agreement). Access events: to investigate a disturbance case under the"
                            + " tenancy law (Jordabalken 12 kap.), to find technical faults in the lock system, and to give"
                            + " information to the police in a criminal investigation (legitimate interest and legal"
                            + " obligation). Name board: to show the household's names at the entrance (consent, may be"
                            + " withdrawn at any time)."),
            new Section(
                    "Categories of personal data",
                    "Apartment number; tags as masked identifiers with status"
                            + " and dates (never the full tag number); bookings; access events: door, time, decision and"
                            + " reason, never a name; the names on the name board; the record of who read access events"
                            + " concerning the apartment, when and why."),
            new Section(
                    "Recipients",
                    "Customer service (tags, bookings, name board). Access events are read only by"
                            + " the social housing unit (disturbance cases, police requests) and by IT system administration"
                            + " (technical faults), each read recorded. The police receive access events only on a request"
                            + " in a criminal investigation. The system supplier processes data on the company's behalf."),
            new Section(
                    "Retention",
                    "Access events: 14 days, then deleted automatically. Records of reads of"
                            + " access events: two years. Tags and bookings: as long as the tenancy lasts, then as the"
                            + " accounting and tenancy laws require. Name-board entries: until changed or removed."),
            new Section(
                    "Your rights",
                    "You may ask for access (this extract), rectification, erasure,"
                            + " restriction, and object to processing based on legitimate interest; you may withdraw consent"
                            + " to the name board. Contact customer service."),
            new Section(
                    "Right to complain",
                    "You may lodge a complaint with the supervisory authority,"
                            + " Integritetsskyddsmyndigheten (IMY), Box 8114, 104 20 Stockholm, imy@imy.se, www.imy.se."),
            new Section(
                    "Source",
                    "Tags and name-board entries come from customer service; bookings from the"
                            + " household itself on the boards or the web; access events from the door readers of the"
                            + " buildings. No automated decision-making or profiling takes place."));

    private ExtractTexts() {}
}
