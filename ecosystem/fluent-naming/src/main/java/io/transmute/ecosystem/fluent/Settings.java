package io.transmute.ecosystem.fluent;

import lombok.Data;
import lombok.experimental.Accessors;

/** Lombok's fluent accessors, {@code theme()} and {@code theme("dark")}: the same strategy reads them. */
@Data
@Accessors(fluent = true)
public class Settings {
    private String theme;
    private int fontSize;
}
