package org.gwrkg.structure;

/**
 * A heading of a report and the text it governs: a part (一、2024年工作回顾) at level 1 or
 * a section ((一) 坚持育产业…) at level 2.
 *
 * @param index  position among the report's sections, from 0
 * @param level  1 for a part, 2 for a section
 * @param title  the heading as written, its numbering included
 * @param start  offset of the heading in the normalised text
 * @param end    offset just past the last character the section governs
 * @param parent index of the enclosing part, or -1
 */
public record Section(int index, int level, String title, int start, int end, int parent) {
}
