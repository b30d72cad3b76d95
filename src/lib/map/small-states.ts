// Where to put a dot for states and territories too small to have a shape in the 1:110m atlas:
// [longitude, latitude] of the capital, to two decimals (general reference positions).
export const SMALL_STATE_POSITIONS: Readonly<Record<string, [number, number]>> = {
  AD: [1.52, 42.51], // Andorra la Vella
  FO: [-6.77, 62.01], // Tórshavn, Faroe Islands
  LI: [9.52, 47.14], // Vaduz
  MC: [7.42, 43.74], // Monaco
  MT: [14.51, 35.9], // Valletta
  SM: [12.45, 43.94], // San Marino
  VA: [12.45, 41.9], // Vatican City
};
