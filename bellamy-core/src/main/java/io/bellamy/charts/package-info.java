/** Writing XChart charts to PNG (XChart's encoder) and SVG (Apache Batik's SVG generator). */
package io.bellamy.charts;
