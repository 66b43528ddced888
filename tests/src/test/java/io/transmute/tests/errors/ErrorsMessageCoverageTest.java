package io.transmute.tests.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.processor.diagnostics.Message;
import io.transmute.tests.spi.SpiAstModifyingTest;
import io.transmute.tests.spi.SpiErrorsTest;
import io.transmute.tests.spi.SpiExclusionTest;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every diagnostic a user can trigger has at least one compile-error test (marked with @Reports), in
 * this package or, for MapStruct plug-ins, in io.transmute.tests.spi.
 */
class ErrorsMessageCoverageTest {

    /** Only reported when Transmute itself fails; the other tests check that it never appears. */
    private static final Set<Message> NOT_USER_TRIGGERED = EnumSet.of(Message.INTERNAL_ERROR);

    private static final List<Class<?>> TEST_CLASSES = List.of(
            ErrorsAccessTest.class,
            ErrorsAmbiguousSetterTest.class,
            ErrorsCheckedExceptionTest.class,
            ErrorsContainerCreationTest.class,
            ErrorsImplementationTest.class,
            ErrorsJpaTest.class,
            ErrorsObjectMethodsTest.class,
            ErrorsStrictLiteralTest.class,
            ErrorsCoercerMethodTest.class,
            ErrorsCoercionTest.class,
            ErrorsConstantTest.class,
            ErrorsConfigTest.class,
            ErrorsConverterTypeTest.class,
            ErrorsLinkTest.class,
            ErrorsPositionTest.class,
            ErrorsReportingTest.class,
            ErrorsRobustnessTest.class,
            ErrorsSignatureTest.class,
            ErrorsUnlinkedTest.class,
            ErrorsUnlinkedPolicyTest.class,
            ErrorsUsesTest.class,
            ErrorsUnresolvedTypeTest.class,
            // MapStruct plug-ins need a processor path of their own, so their errors are tested there.
            SpiErrorsTest.class,
            SpiAstModifyingTest.class,
            SpiExclusionTest.class);

    @Test
    void everyMessageHasATest() {
        Set<Message> tested = EnumSet.noneOf(Message.class);
        for (Class<?> testClass : TEST_CLASSES) {
            for (Method method : testClass.getDeclaredMethods()) {
                Reports reports = method.getAnnotation(Reports.class);
                if (reports != null) {
                    tested.addAll(Arrays.asList(reports.value()));
                }
            }
        }
        Set<Message> untested = EnumSet.allOf(Message.class);
        untested.removeAll(tested);
        untested.removeAll(NOT_USER_TRIGGERED);
        assertEquals(Set.of(), untested, "Messages without a compile-error test in io.transmute.tests.errors");
    }
}
