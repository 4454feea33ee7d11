package se.bricka.hw.reader.mfrc522;

/** Ways a card's answer can arrive broken. */
enum FrameDamage {
    /** The chip saw a parity error and says so in ErrorReg. */
    PARITY_ERROR,
    /** One bit in the middle is flipped and the chip did not notice: only BCC or CRC_A can tell. */
    FLIPPED_BIT,
    /** Only the first half of the bits arrived. */
    HALF_FRAME
}
