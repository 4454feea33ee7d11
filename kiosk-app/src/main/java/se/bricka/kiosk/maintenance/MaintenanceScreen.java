package se.bricka.kiosk.maintenance;

/** What the maintenance layer shows: nothing (the board), the PIN pad, the tools, or one tool. */
public enum MaintenanceScreen {
    HIDDEN,
    PIN,
    TOOLS,
    OUT_OF_ORDER,
    SYNC,
    READER,
    DOOR,
    SETUP
}
