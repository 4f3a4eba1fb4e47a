package org.lsotexplorer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

class MlpOptionsTest {
    private static MlpOptions of(int in, int[] hidden, Activation h, int out, Activation o, DataType t) {
        return new MlpOptions(in, hidden, h, out, o, t);
    }

    @Test
    void validShapesDeriveWidthsAndCounts() {
        MlpOptions o = of(2, new int[] {16, 16}, Activation.RELU, 1, Activation.IDENTITY, DataType.DOUBLE);
        assertArrayEquals(new int[] {2, 16, 16, 1}, o.widths());
        assertEquals(3, o.layerCount());
        assertEquals(2 * 16 + 16 + 16 * 16 + 16 + 16 + 1, o.parameterCount());
        assertEquals(Activation.RELU, o.activation(2));
        assertEquals(Activation.IDENTITY, o.activation(3));
        MlpOptions linear = of(3, new int[0], Activation.TANH, 2, Activation.SOFTPLUS, DataType.FLOAT);
        assertEquals(1, linear.layerCount());
        assertEquals(8, linear.parameterCount());
    }

    @Test
    void defaultsFollowTheMethod() {
        MlpOptions d = MlpOptions.discriminator(2);
        assertArrayEquals(new int[] {2, 512, 512, 512, 1}, d.widths());
        assertEquals(Activation.RELU, d.hiddenActivation());
        assertEquals(DataType.FLOAT, d.dataType());
        assertEquals(Activation.SOFTPLUS, MlpOptions.rayLength(2).outputActivation());
        assertEquals(DataType.DOUBLE, d.withDataType(DataType.DOUBLE).dataType());
    }

    @Test
    void isImmutableAndComparesByContent() {
        int[] widths = {8, 8};
        MlpOptions o = of(2, widths, Activation.TANH, 1, Activation.IDENTITY, DataType.FLOAT);
        widths[0] = 99;
        o.hiddenWidths()[1] = 77;
        assertArrayEquals(new int[] {8, 8}, o.hiddenWidths());
        MlpOptions same = of(2, new int[] {8, 8}, Activation.TANH, 1, Activation.IDENTITY, DataType.FLOAT);
        assertEquals(same, o);
        assertEquals(same.hashCode(), o.hashCode());
        assertNotEquals(o, o.withDataType(DataType.DOUBLE));
        assertTrue(o.toString().contains("[8, 8]"));
    }

    @Test
    void rejectsInvalidValuesWithClearMessages() {
        int[] ok = {4};
        assertMessage("inputDim", () -> of(0, ok, Activation.RELU, 1, Activation.IDENTITY, DataType.FLOAT));
        assertMessage("outputDim", () -> of(2, ok, Activation.RELU, 0, Activation.IDENTITY, DataType.FLOAT));
        assertMessage("hiddenWidths[1]", () -> of(2, new int[] {4, 0}, Activation.RELU, 1, Activation.IDENTITY,
                DataType.FLOAT));
        assertMessage("hiddenWidths[0]", () -> of(2, new int[] {4097}, Activation.RELU, 1, Activation.IDENTITY,
                DataType.FLOAT));
        assertMessage("hiddenWidths", () -> of(2, null, Activation.RELU, 1, Activation.IDENTITY, DataType.FLOAT));
        assertMessage("hidden layers", () -> of(2, new int[33], Activation.RELU, 1, Activation.IDENTITY,
                DataType.FLOAT));
        assertMessage("hiddenActivation", () -> of(2, ok, null, 1, Activation.IDENTITY, DataType.FLOAT));
        assertMessage("outputActivation", () -> of(2, ok, Activation.RELU, 1, Activation.TANH, DataType.FLOAT));
        assertMessage("dataType", () -> of(2, ok, Activation.RELU, 1, Activation.IDENTITY, DataType.FLOAT16));
        assertMessage("dataType", () -> of(2, ok, Activation.RELU, 1, Activation.IDENTITY, null));
        of(2, new int[] {4096, 1}, Activation.RELU, 1, Activation.SOFTPLUS, DataType.FLOAT);
    }

    private static void assertMessage(String fragment, org.junit.jupiter.api.function.Executable e) {
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, e);
        assertTrue(x.getMessage().contains(fragment), x.getMessage());
    }
}
