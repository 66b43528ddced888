package io.transmute.benchmarks.deep;

/** Level 5 of the deep model (source). */
public class Level5 {
    private String name;
    private int value;
    private long code;

    public Level5() {
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getValue() {
        return value;
    }

    public void setValue(int value) {
        this.value = value;
    }

    public long getCode() {
        return code;
    }

    public void setCode(long code) {
        this.code = code;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Level5 that)) {
            return false;
        }
        return java.util.Objects.equals(name, that.name)
                && value == that.value
                && code == that.code;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, value, code);
    }

    @Override
    public String toString() {
        return "Level5[" + "name=" + name + ", " + "value=" + value + ", " + "code=" + code + "]";
    }
}
