/** A shipped declaration file without the doc comments no editor shows. */
export declare const slimDeclaration: (text: string) => string;
