package de.kommune.intake.samples.layout;

/** Horizontal alignment inside a line, cell or column. */
public enum Align { LEFT, CENTER, RIGHT }
