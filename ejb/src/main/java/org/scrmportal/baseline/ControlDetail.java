package org.scrmportal.baseline;

import java.util.List;
import org.scrmportal.baseline.oscal.Control;

/**
 * One control for display: where it is, the control itself (parameters, properties, links and
 * parts; its enhancements are rows of their own) and its enhancements in order.
 */
public record ControlDetail(
    PublicationView publication,
    ControlView view,
    Control control,
    List<ControlView> enhancements) {}
