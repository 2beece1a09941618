// Copyright (c) 2017-2025 Tencent. All Rights Reserved.
//
// Licensed under the Apache License, Version 2.0 (the "License");
// you may not use this file except in compliance with the License.
// You may obtain a copy of the License at
//
//    http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing, software
// distributed under the License is distributed on an "AS IS" BASIS,
// WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
// See the License for the specific language governing permissions and
// limitations under the License.

package v20201229

const (
	// error codes for specific actions

	// Request timeout.
	INTERNALERROR_ERRTEXTTIMEOUT = "InternalError.ErrTextTimeOut"

	// Incorrect action.
	INVALIDPARAMETER_ERRACTION = "InvalidParameter.ErrAction"

	// The text in the request is too long.
	INVALIDPARAMETER_ERRTEXTCONTENTLEN = "InvalidParameter.ErrTextContentLen"

	// Unsupported text type. The base64-encoded text is required.
	INVALIDPARAMETER_ERRTEXTCONTENTTYPE = "InvalidParameter.ErrTextContentType"

	// InvalidParameter.ParameterError
	INVALIDPARAMETER_PARAMETERERROR = "InvalidParameter.ParameterError"

	// Invalid FileContent: Unable to convert Base64-encoded content to the UTF-8 format
	INVALIDPARAMETERVALUE_ERRFILECONTENT = "InvalidParameterValue.ErrFileContent"

	// The text in the request is too long.
	INVALIDPARAMETERVALUE_ERRTEXTCONTENTLEN = "InvalidParameterValue.ErrTextContentLen"

	// The text in the request is in the incorrect format (base64-encoded text is required).
	INVALIDPARAMETERVALUE_ERRTEXTCONTENTTYPE = "InvalidParameterValue.ErrTextContentType"

	// 
	INVALIDPARAMETERVALUE_ERRTYPE = "InvalidParameterValue.ErrType"

	// The number of requests has exceeded the frequency limit.
	REQUESTLIMITEXCEEDED = "RequestLimitExceeded"

	// Operation not authorized/No valid package/The account is overdue
	UNAUTHORIZEDOPERATION_UNAUTHORIZED = "UnauthorizedOperation.Unauthorized"
)
