package io.transmute.ecosystem.fluent;

/** A plain JavaBean: the team's strategy still finds getters and setters. */
public class Badge {
    private String label;
    private boolean active;

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
