package dev.ordercore.application.port.in;

import java.util.List;

/**
 * What a replay did (R24): intents replayed, how many were accepted and rejected again, how many
 * the target had already, and every intent whose outcome differs from the one recorded.
 */
public record ReplayReport(int replayed, int accepted, int rejected, int alreadyPresent, List<String> mismatches) {

    public ReplayReport {
        mismatches = List.copyOf(mismatches);
    }

    public boolean identical() {
        return mismatches.isEmpty();
    }
}
