package se.bricka.backend.nameboard;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import se.bricka.backend.http.ApiException;
import se.bricka.backend.http.StaffProblems;
import se.bricka.backend.persistence.Transactor;
import se.bricka.backend.web.Text;

/**
 * Names on digital name boards. Kept apart from everything else on purpose: this package is never
 * used by the tag, booking or access-log code, and uses none of it (checked by ArchUnit), so no query,
 * export or API joins a name with a tag, a booking or a door event. The register extract is the one
 * reader of both, for the tenant's own apartment.
 */
public final class NameBoardService {

    /** The most characters of names per apartment. */
    public static final int MAX_NAMES = 200;

    private final Transactor transactor;
    private final Clock clock;
    private final NameBoardRepository repository = new NameBoardRepository();

    public NameBoardService(Transactor transactor, Clock clock) {
        this.transactor = transactor;
        this.clock = clock;
    }

    /** The apartment's entry ({@code names} is {@code null} when none), or a 404 for no such apartment. */
    public NameBoardEntry entry(long apartmentId) {
        return transactor
                .inTransaction(connection -> repository.find(connection, apartmentId))
                .orElseThrow(() -> StaffProblems.notFound(Text.of("problem.noApartment", apartmentId)));
    }

    /** The entry's names, if the apartment has any. */
    public Optional<String> names(long apartmentId) {
        return Optional.ofNullable(entry(apartmentId).names());
    }

    /** Sets the names shown for the apartment; blank removes the entry. */
    public NameBoardEntry save(long apartmentId, String names) {
        String cleaned = names == null ? "" : names.strip();
        if (cleaned.length() > MAX_NAMES) {
            throw ApiException.badRequest(Text.of("problem.namesTooLong", MAX_NAMES, cleaned.length()));
        }
        if (cleaned.chars().anyMatch(Character::isISOControl)) {
            throw ApiException.badRequest(Text.of("problem.namesControlCharacters"));
        }
        entry(apartmentId);
        transactor.inTransaction(connection -> {
            if (cleaned.isEmpty()) {
                repository.delete(connection, apartmentId);
            } else {
                repository.save(connection, apartmentId, cleaned, clock.instant());
            }
            return null;
        });
        return entry(apartmentId);
    }

    /** The entries a name board of the property shows: apartment label and names only. */
    public List<NameBoardEntry> ofProperty(long propertyId) {
        return transactor.inTransaction(connection -> repository.ofProperty(connection, propertyId));
    }
}
