package io.transmute.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the results were taken on, for the results file. */
final class Machine {

    private Machine() {
    }

    static String describe(String javaVersion) {
        String cpu = cpuModel();
        return (cpu == null ? "" : cpu + ", ") + Runtime.getRuntime().availableProcessors() + " cores (nproc), "
                + (Runtime.getRuntime().maxMemory() >> 20) + " MiB max heap per fork, "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch") + "; java -version: " + javaVersion.replace('\n', ' ')
                .replaceAll("\\s+", " ");
    }

    /** The load averages (1, 5, 15 minutes), or "unknown": other work on the machine skews the numbers. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return fields[0] + " / " + fields[1] + " / " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String cpuModel() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"));
            for (String line : lines) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: the core count and JDK still say what matters
        }
        return null;
    }
}
