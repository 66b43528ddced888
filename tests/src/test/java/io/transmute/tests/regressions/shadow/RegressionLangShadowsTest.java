package io.transmute.tests.regressions.shadow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.transmute.Converters;
import io.transmute.tests.regressions.shadow.LangShadows.Source;
import io.transmute.tests.regressions.shadow.LangShadows.Target;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding 7: a same-package Character class and properties named Objects or like the interface. */
class RegressionLangShadowsTest {
    private final LangShadows converter = Converters.get(LangShadows.class);

    @Test
    void everyPropertyConverts() {
        Target target = converter.convert(new Source('i', new char[] {'x', 'y'}, List.of('z'), 3, 4));

        assertEquals('i', target.initial());
        assertArrayEquals(new java.lang.Character[] {'x', 'y'}, target.letters());
        assertArrayEquals(new char[] {'z'}, target.chars());
        assertEquals(3, target.Objects());
        assertEquals(4, target.LangShadows());
        assertEquals(java.lang.Character.valueOf('\u00e9'), target.marker());
        assertEquals('\'', target.plain());
    }

    @Test
    void unboxingThePropertyNamedObjectsIsNullChecked() {
        NullPointerException thrown = assertThrows(NullPointerException.class,
                () -> converter.convert(new Source('i', null, null, null, 4)));

        assertEquals("LangShadows.Source.Objects is null, but LangShadows.Target.Objects is a primitive int",
                thrown.getMessage());
    }

    @Test
    void nullSourceGivesNull() {
        assertEquals(null, converter.convert(null));
    }
}
