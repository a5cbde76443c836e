/**
 * Argument types of the fields resolved in JavaScript, declared once beside the SDL they mirror.
 * The arguments of compiled fields are read from the operation (see compiled/select-root-field).
 */

export interface NeighborhoodArguments {
  readonly id: string;
  readonly depth?: number | null;
  readonly limit?: number | null;
  readonly types?: readonly string[] | null;
}

export interface PathArguments {
  readonly from: string;
  readonly to: string;
  readonly maxLength?: number | null;
  readonly via?: readonly string[] | null;
}

export interface ClaimNetworkArguments {
  readonly where?: Readonly<Record<string, unknown>> | null;
  readonly limit?: number | null;
}
