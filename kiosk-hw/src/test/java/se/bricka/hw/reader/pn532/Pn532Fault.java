package se.bricka.hw.reader.pn532;

/** What can go wrong with one command in the {@link Pn532Emulator}. */
enum Pn532Fault {
    /** The command is never acknowledged. */
    NO_ACK,
    /** A NACK comes instead of the ACK. */
    NACK,
    /** ACK, then no answer. */
    NO_RESPONSE,
    /** The answer's length checksum is off by one. */
    BAD_LCS,
    /** The answer's data checksum is off by one. */
    BAD_DCS,
    /** Only the first half of the answer arrives. */
    CUT_OFF,
    /** A syntax-error frame instead of the answer. */
    ERROR_FRAME,
    /** A well-formed answer to some other command. */
    WRONG_RESPONSE_CODE
}
