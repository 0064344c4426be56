// The chart library, with its stylesheet, loaded only when a stats chart mounts: uPlot (~20 KB
// gzipped) must never be part of the first screen's JavaScript. Import this module dynamically.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export default uPlot;
