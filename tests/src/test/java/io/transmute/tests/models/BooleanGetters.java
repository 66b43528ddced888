package io.transmute.tests.models;

import io.transmute.Converter;

/** isX() reads boolean and Boolean properties only; getX() reads any type, boolean too. */
public interface BooleanGetters {

    class Flags {
        private final boolean active;
        private final Boolean verified;
        private final boolean visible;
        /** The property "code" is this field: isCode() returns a String, so it is no getter. */
        public String code;

        public Flags(boolean active, Boolean verified, boolean visible, String code) {
            this.active = active;
            this.verified = verified;
            this.visible = visible;
            this.code = code;
        }

        public boolean isActive() {
            return active;
        }

        public Boolean isVerified() {
            return verified;
        }

        public boolean getVisible() {
            return visible;
        }

        public String isCode() {
            return "not a getter";
        }
    }

    record FlagsDto(boolean active, Boolean verified, boolean visible, String code) {
    }

    @Converter
    FlagsDto convert(Flags flags);
}
