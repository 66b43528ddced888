package io.transmute.tests.regressions;

import io.transmute.Converter;

/**
 * A class with a no-argument and an all-arguments constructor but no setters is filled through the
 * all-arguments constructor; {@code getxCoord()} / {@code setxCoord()} name the property xCoord.
 */
public interface ConstructorChoice {

    final class Point {
        private final int xCoord;
        private final String label;
        private final boolean viaDefault;

        public Point() {
            this.xCoord = -1;
            this.label = "default";
            this.viaDefault = true;
        }

        public Point(int xCoord, String label) {
            this.xCoord = xCoord;
            this.label = label;
            this.viaDefault = false;
        }

        public int getxCoord() {
            return xCoord;
        }

        public String getLabel() {
            return label;
        }

        public boolean builtByDefaultConstructor() {
            return viaDefault;
        }
    }

    record Coordinates(int xCoord, String label) {
    }

    final class Bean {
        private int xCoord;

        public int getxCoord() {
            return xCoord;
        }

        public void setxCoord(int xCoord) {
            this.xCoord = xCoord;
        }
    }

    record XOnly(int xCoord) {
    }

    @Converter
    Point toPoint(Coordinates coordinates);

    @Converter
    Bean toBean(Point point);

    @Converter
    XOnly fromBean(Bean bean);
}
