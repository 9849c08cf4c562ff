/** React and its DOM renderer: the app's largest library, evaluated in a task of its own (staged-start.ts). */
import "react";
import "react-dom/client";
