package io.transmute.tests.regressions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.transmute.Converters;
import io.transmute.tests.regressions.ConstructorChoice.Bean;
import io.transmute.tests.regressions.ConstructorChoice.Coordinates;
import io.transmute.tests.regressions.ConstructorChoice.Point;
import io.transmute.tests.regressions.ConstructorChoice.XOnly;
import org.junit.jupiter.api.Test;

/** Finding 5: constructor choice for getter-only classes, and lower-case-then-upper-case property names. */
class RegressionConstructorChoiceTest {
    private final ConstructorChoice converter = Converters.get(ConstructorChoice.class);

    @Test
    void getterOnlyClassIsFilledThroughTheAllArgumentsConstructor() {
        Point point = converter.toPoint(new Coordinates(5, "five"));

        assertFalse(point.builtByDefaultConstructor());
        assertEquals(5, point.getxCoord());
        assertEquals("five", point.getLabel());
    }

    @Test
    void getxCoordAndSetxCoordAreThePropertyXCoord() {
        Point point = new Point(12, "twelve");

        Bean bean = converter.toBean(point);
        XOnly xOnly = converter.fromBean(bean);

        assertEquals(12, bean.getxCoord());
        assertEquals(new XOnly(12), xOnly);
    }
}
