//! Numbers for SVG attributes and exports, written without float formatting (the page
//! carries none of its code). The timeline's geometry is [`crate::timeline`]'s.

/// `x` with `places` decimals (at most 6), rounded half away from zero, written with integer
/// formatting only; what is not finite is written as 0.
pub fn decimal(x: f64, places: u32) -> String {
    let places = places.min(6);
    let scale = 10i64.pow(places);
    let scaled = x * scale as f64;
    let n = if scaled.is_finite() {
        scaled.round() as i64
    } else {
        0
    };
    let sign = if n < 0 { "-" } else { "" };
    let n = n.unsigned_abs();
    let (whole, frac) = (n / scale as u64, n % scale as u64);
    if places == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{frac:0width$}", width = places as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_are_written_without_float_formatting() {
        for (x, places, want) in [
            (0.0, 1, "0.0"),
            (12.34, 1, "12.3"),
            (12.35, 1, "12.4"),
            (-0.04, 1, "0.0"),
            (-0.05, 1, "-0.1"),
            (-3.25, 2, "-3.25"),
            (800.0, 0, "800"),
            (1.0005, 3, "1.001"),
            (0.25, 3, "0.250"),
            (f64::NAN, 1, "0.0"),
            (f64::INFINITY, 2, "0.00"),
            (1e300, 1, "922337203685477580.7"),
            (2.5, 9, "2.500000"),
        ] {
            assert_eq!(decimal(x, places), want, "{x} to {places}");
        }
    }
}
