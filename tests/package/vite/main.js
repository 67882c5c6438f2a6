// The README's npm snippet: importing the package defines <http-status>.
import 'http-status-element';
import 'http-status-element/http-status.css';
