package se.bricka.kiosk.booking;

import java.util.UUID;
import se.bricka.core.booking.Refusal;
import se.bricka.core.booking.SlotState;
import se.bricka.core.wire.BookingRequest;
import se.bricka.core.wire.Household;
import se.bricka.core.wire.SlotView;
import se.bricka.kiosk.backend.BackendOfflineException;
import se.bricka.kiosk.backend.BackendRefusedException;
import se.bricka.kiosk.backend.BoardBackend;

/**
 * Booking and cancelling: a touched slot becomes a question, "yes" carries it out on the queue, and
 * the week is fetched again with the outcome. "Book now" on the idle screen waits for the tag.
 */
final class BookingDesk {

    private final BoardBackend backend;
    private final BoardState state;
    private final StateChanges changes;
    private final BoardActions actions;
    private final Session session;
    private final BoardSite site;
    private final WeekBrowser weeks;
    private final SideReads sideReads;

    BookingDesk(
            BoardBackend backend,
            BoardState state,
            StateChanges changes,
            BoardActions actions,
            Session session,
            BoardSite site,
            WeekBrowser weeks,
            SideReads sideReads) {
        this.backend = backend;
        this.state = state;
        this.changes = changes;
        this.actions = actions;
        this.session = session;
        this.site = site;
        this.weeks = weeks;
        this.sideReads = sideReads;
    }

    /** A touched slot: a free one asks to book it, one's own asks to cancel it. On the FX thread. */
    void select(SlotView slot) {
        Household shown = state.household.get();
        if (state.screen.get() != Screen.WEEK || state.busy.get() || shown == null || slot == null) {
            return;
        }
        boolean bookable = SlotChoice.isBookable(slot.state());
        if (!state.online.get() && (bookable || slot.state() == SlotState.YOURS)) {
            // Offline, the board refuses rather than risk a booking it cannot confirm.
            state.message.set(BoardMessage.of(MessageKind.ERROR, MessageKeys.OFFLINE));
        } else if (bookable) {
            ask(Confirmation.Action.BOOK, slot, shown);
        } else if (slot.state() == SlotState.YOURS) {
            askToCancel(slot, shown);
        } else {
            state.message.set(new BoardMessage(MessageKind.REFUSAL, SlotChoice.unbookableKey(slot.state()), slot));
        }
    }

    /** "Yes" to the pending question. On the FX thread. */
    void confirm() {
        Confirmation question = state.pendingConfirmation.get();
        if (question == null || state.busy.get()) {
            return;
        }
        state.busy.set(true);
        state.message.set(null);
        actions.submit(() -> carryOut(question));
    }

    /**
     * "Book now" on a running free slot of the idle screen: the next tag read goes straight to the
     * question whether to book it. On the FX thread; true if the choice was taken.
     */
    boolean bookNow(RoomDay room) {
        SlotView slot = room.bookableNow().orElse(null);
        if (state.screen.get() != Screen.IDLE || slot == null || !state.online.get()) {
            return false;
        }
        state.message.set(null);
        state.bookNow.set(new BookNow(room.resource(), slot));
        return true;
    }

    /** After the tag of a "book now", the question for that slot, if the household may still book it. */
    void askToBookNow(BookNow wanted) {
        state.bookNow.set(null);
        state.slots.stream()
                .filter(s -> s.date().equals(wanted.slot().date())
                        && s.start().equals(wanted.slot().start()))
                .findFirst()
                .ifPresent(this::select);
    }

    private void carryOut(Confirmation question) {
        Visit current = session.current();
        if (current == null || current.household().apartmentId() != question.apartmentId()) {
            changes.later(() -> {
                state.pendingConfirmation.set(null);
                state.busy.set(false);
            });
            return;
        }
        SlotView slot = question.slot();
        try {
            String done;
            if (question.action() == Confirmation.Action.BOOK) {
                BookingRequest request = new BookingRequest(site.shown().id(), slot.date(), slot.start());
                backend.book(request, current.tagHash(), question.attemptKey());
                done = MessageKeys.BOOKED;
            } else {
                backend.cancel(slot.bookingId(), current.tagHash());
                done = MessageKeys.CANCELLED;
            }
            changes.later(() -> state.pendingConfirmation.set(null));
            weeks.refresh(current, new BoardMessage(MessageKind.SUCCESS, done, slot));
            sideReads.nextBooking(current.tagHash(), site.zone());
        } catch (BackendOfflineException e) {
            // The question stays open: "yes" again retries with the same idempotency key.
            changes.failure(false, e);
        } catch (BackendRefusedException e) {
            changes.later(() -> state.pendingConfirmation.set(null));
            weeks.refresh(current, StateChanges.messageFor(e).about(slot));
        }
    }

    private void askToCancel(SlotView slot, Household who) {
        if (slot.bookingId() == null) {
            state.message.set(MessageKeys.refusal(Refusal.UNKNOWN_BOOKING.code()));
        } else {
            ask(Confirmation.Action.CANCEL, slot, who);
        }
    }

    private void ask(Confirmation.Action action, SlotView slot, Household who) {
        state.message.set(null);
        state.pendingConfirmation.set(new Confirmation(action, slot, who.apartmentId(), UUID.randomUUID()));
    }
}
